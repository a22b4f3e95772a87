package id.sentra.platform.i18n;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Bahasa Indonesia first; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.forLanguageTag("en-ID"));

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("sentra-lang");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
