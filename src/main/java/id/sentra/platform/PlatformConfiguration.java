package id.sentra.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.data.domain.AuditorAware;

import id.sentra.platform.security.CurrentUser;

/** Beans every capability shares: the clock (replaceable in tests) and who is writing, for auditing. */
@Configuration
@EnableJdbcAuditing
class PlatformConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    AuditorAware<String> auditor() {
        return () -> java.util.Optional.of(CurrentUser.actorName());
    }
}
