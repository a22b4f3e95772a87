package id.sentra.quality.scorecard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/** The scorecard's window: the current month and the eleven before it, so a record reflects the last year's work. */
final class Window {

    static final int MONTHS = 12;

    private Window() {
    }

    static LocalDate first(YearMonth current) {
        return first(current, MONTHS);
    }

    /** The first day of a shorter or longer window of {@code months} months ending with the current one. */
    static LocalDate first(YearMonth current, int months) {
        return current.minusMonths(months - 1L).atDay(1);
    }

    static List<YearMonth> months(YearMonth current) {
        return IntStream.range(0, MONTHS).mapToObj(i -> current.minusMonths(MONTHS - 1L - i)).toList();
    }

    static boolean contains(YearMonth current, LocalDate day) {
        return !day.isBefore(first(current)) && !YearMonth.from(day).isAfter(current);
    }
}
