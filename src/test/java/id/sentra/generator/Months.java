package id.sentra.generator;

import java.time.YearMonth;

/** Months counted from the anchor month (0), the month the generated history leads up to. */
record Months(YearMonth anchor) {

    long start(int month) {
        return anchor.plusMonths(month).atDay(1).toEpochDay();
    }

    int length(int month) {
        return anchor.plusMonths(month).lengthOfMonth();
    }

    long end(int month) {
        return anchor.plusMonths(month).atEndOfMonth().toEpochDay();
    }

    /** The month as heat numbers print it, e.g. 2608 for August 2026. */
    String yymm(int month) {
        var ym = anchor.plusMonths(month);
        return String.format("%02d%02d", ym.getYear() % 100, ym.getMonthValue());
    }
}
