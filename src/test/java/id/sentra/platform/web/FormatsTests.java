package id.sentra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Numbers, rupiah and dates read the way the reader's language writes them. */
class FormatsTests {

    private final Formats formats = new Formats();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void indonesianGroupsThousandsWithDotsAndWritesRp() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
        assertThat(formats.number(4500)).isEqualTo("4.500");
        assertThat(formats.rupiah(22_500_000_000L)).isEqualTo("Rp 22.500.000.000");
        assertThat(formats.number(-7.65)).isEqualTo("-7,65");
        assertThat(formats.date(LocalDate.of(2019, 1, 31))).isEqualTo("31 Jan 2019");
    }

    @Test
    void englishGroupsThousandsWithCommasAndWritesIdr() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.number(4500)).isEqualTo("4,500");
        assertThat(formats.rupiah(1_250_000)).isEqualTo("IDR 1,250,000");
        assertThat(formats.date(LocalDate.of(2019, 1, 31))).isEqualTo("Jan 31, 2019");
    }

    @Test
    void missingValuesShowADash() {
        assertThat(formats.number(null)).isEqualTo("–");
        assertThat(formats.rupiah(null)).isEqualTo("–");
    }
}
