package id.sentra.platform.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, rupiah and dates in the reader's locale, for templates ({@code ${@fmt.number(x)}}):
 * 4.500 and Rp 1.250.000 in Bahasa Indonesia, 4,500 and IDR 1,250,000 in English.
 */
@Component("fmt")
public class Formats {

    /** Indonesian clusters work in western Indonesian time. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** One prototype per locale, copied per use (not thread-safe): building one per call cost 8 % of the CPU under load. */
    private final Map<Locale, NumberFormat> numbers = new ConcurrentHashMap<>();
    private final Map<Locale, NumberFormat> integers = new ConcurrentHashMap<>();
    /** Immutable and thread-safe, so kept per locale: looking up the localized pattern on every call showed in profiles. */
    private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();
    private final Map<Locale, DateTimeFormatter> dateTimes = new ConcurrentHashMap<>();

    public String number(@Nullable Number value) {
        return value == null ? "–" : copy(numbers, NumberFormat::getNumberInstance).format(value);
    }

    public String rupiah(@Nullable Number value) {
        if (value == null) {
            return "–";
        }
        String amount = copy(integers, NumberFormat::getIntegerInstance).format(value);
        return isIndonesian() ? "Rp " + amount : "IDR " + amount;
    }

    private NumberFormat copy(Map<Locale, NumberFormat> prototypes, Function<Locale, NumberFormat> make) {
        return (NumberFormat) prototypes.computeIfAbsent(locale(), make).clone();
    }

    public String date(@Nullable LocalDate value) {
        return value == null ? "–"
                : dates.computeIfAbsent(locale(), l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l))
                        .format(value);
    }

    public String dateTime(@Nullable Instant value) {
        return value == null ? "–"
                : dateTimes.computeIfAbsent(locale(),
                        l -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l))
                        .format(value.atZone(WIB));
    }

    public boolean isIndonesian() {
        return "id".equals(locale().getLanguage()) || "in".equals(locale().getLanguage());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
