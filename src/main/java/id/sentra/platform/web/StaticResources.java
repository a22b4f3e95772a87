package id.sentra.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files and webjars under their own paths only (spring.web.resources.add-mappings=false). With the default
 * catch-all handler every link a page renders (/members/42, /contracts/7, ...) was looked up in four classpath
 * folders of the jar to see whether it named a static file: 13 % of the application's CPU under load (bench/results.md).
 * <p>
 * Pages link each file by a name that carries a hash of its content ({@code @{/css/sentra.css}} renders as
 * {@code /css/sentra-<md5>.css}), so browsers may keep it for a year: a foundry owner on a phone loads ECharts once,
 * not on every page, and a new release changes the names of exactly the files that changed.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl KEEP = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private static VersionResourceResolver byContent() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(KEEP).resourceChain(true).addResolver(byContent()).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(KEEP).resourceChain(true).addResolver(byContent());
        }
    }
}
