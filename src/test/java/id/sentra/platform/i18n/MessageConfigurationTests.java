package id.sentra.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import id.sentra.SentraIntegrationTest;

/** The merged bundles answer as the module bundles did: each module's texts, both languages, arguments filled in. */
@SentraIntegrationTest
class MessageConfigurationTests {

    private static final Locale ENGLISH = Locale.forLanguageTag("en-ID");

    @Autowired MessageSource messages;

    @Test
    void theFirstBundleAnswersInIndonesianAndEnglish() {
        assertThat(messages.getMessage("nav.dashboard", null, LocaleConfiguration.INDONESIAN)).isEqualTo("Beranda");
        assertThat(messages.getMessage("nav.dashboard", null, ENGLISH)).isEqualTo("Home");
    }

    @Test
    void theLastBundleInTheListIsReadToo() {
        assertThat(messages.getMessage("enum.ProductFamily.BRAKE_BLOCK", null, LocaleConfiguration.INDONESIAN))
                .isEqualTo("Blok rem");
        assertThat(messages.getMessage("enum.ProductFamily.BRAKE_BLOCK", null, ENGLISH)).isEqualTo("Brake blocks");
    }

    @Test
    void argumentsAreFilledInAndNonAsciiTextSurvives() {
        assertThat(messages.getMessage("trace.workOrder.line", new Object[] {"17", "CV Logam"}, LocaleConfiguration.INDONESIAN))
                .isEqualTo("PK #17 · CV Logam");
    }

    @Test
    void anUnknownCodeIsAnErrorNotTheCodeItself() {
        assertThatThrownBy(() -> messages.getMessage("no.such.text", null, ENGLISH)).isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void aLocaleWithoutItsOwnBundleFallsBackToIndonesianNotToTheMachinesLocale() {
        assertThat(messages.getMessage("nav.dashboard", null, Locale.JAPANESE)).isEqualTo("Beranda");
    }
}
