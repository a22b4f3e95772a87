package id.sentra.quality.certificate.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the per-client rate limit in front of the public verification page only; signed-in pages are not limited here. */
@Configuration
class VerifyWebConfiguration implements WebMvcConfigurer {

    private final VerifyRateLimitInterceptor rateLimit;

    VerifyWebConfiguration(VerifyRateLimitInterceptor rateLimit) {
        this.rateLimit = rateLimit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimit).addPathPatterns("/verify", "/verify/**");
    }
}
