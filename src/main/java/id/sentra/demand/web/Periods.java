package id.sentra.demand.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Months of a schedule in the reader's language ("Jul 2026"), for templates ({@code ${@periods.label(m)}}) and forms. */
@Component("periods")
public class Periods {

    /** One formatter per locale (immutable, thread-safe): parsing the pattern per label was a share of the contract page's CPU. */
    private final Map<Locale, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    public String label(@Nullable YearMonth month) {
        return month == null ? "–"
                : formatters.computeIfAbsent(LocaleContextHolder.getLocale(), l -> DateTimeFormatter.ofPattern("MMM yyyy", l)).format(month);
    }

    /** A month as an {@code <input type="month">} sends it: 2026-07; null if blank or unreadable. */
    static @Nullable YearMonth parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
