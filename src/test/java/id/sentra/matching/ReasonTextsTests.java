package id.sentra.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import id.sentra.SentraIntegrationTest;

/** A reason in words: the sentence kept for one reader's language is never handed to a reader of another. */
@SentraIntegrationTest
class ReasonTextsTests {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Autowired ReasonTexts reasons;

    @Test
    void theSameReasonReadsInEachReadersLanguageAndWithItsOwnFigures() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            var near = Reason.pass("match.score.distance", 1234L);

            assertThat(reasons.text(near, INDONESIAN)).isEqualTo("jarak ke lokasi pengiriman 1,234 km");
            assertThat(reasons.text(near, Locale.ENGLISH)).isEqualTo("distance to the delivery point 1,234 km");
            assertThat(reasons.text(near, INDONESIAN)).isEqualTo("jarak ke lokasi pengiriman 1,234 km");
            assertThat(reasons.text(Reason.pass("match.score.distance", 99L), Locale.ENGLISH))
                    .isEqualTo("distance to the delivery point 99 km");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void numbersFollowTheRequestsLocale() {
        var far = Reason.pass("match.score.distance", 1234L);
        LocaleContextHolder.setLocale(INDONESIAN);
        try {
            assertThat(reasons.text(far, INDONESIAN)).isEqualTo("jarak ke lokasi pengiriman 1.234 km");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(reasons.text(far, INDONESIAN)).isEqualTo("jarak ke lokasi pengiriman 1,234 km");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
