package id.sentra.generator;

import java.time.LocalDate;

/**
 * One table being loaded, row by row, column by column: the generator's only way to write. Calls follow the
 * column order given when the table was opened; {@link #end()} closes the row.
 */
interface Rows extends AutoCloseable {

    Rows l(long value);

    Rows s(String value);

    /** A date, as days since 1970-01-01 (the generator works in epoch days). */
    Rows d(long epochDay);

    /** A timestamp with time zone at noon UTC of the given day. */
    Rows ts(long epochDay);

    /** A fixed-point decimal: {@code units} × 10^-scale, e.g. (34390, 4) is 3.4390. */
    Rows dec(long units, int scale);

    Rows b(boolean value);

    Rows nul();

    void end();

    long count();

    @Override
    void close();

    static String date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
