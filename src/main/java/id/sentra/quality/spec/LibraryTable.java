package id.sentra.quality.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One CSV table of the shipped library, read with its header. A bad cell stops the start with the file, the
 * line and the column named, so a wrong library never reaches a lot decision.
 */
final class LibraryTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final String name;
    private final List<CSVRecord> rows;

    private LibraryTable(String name, List<CSVRecord> rows) {
        this.name = name;
        this.rows = rows;
    }

    static LibraryTable read(String name, InputStream in) {
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8); var parser = FORMAT.parse(reader)) {
            return new LibraryTable(name, parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read library table " + name, e);
        }
    }

    <T> List<T> map(Function<Row, T> mapper) {
        return rows.stream().map(record -> mapper.apply(new Row(record))).toList();
    }

    /** One row; every getter names the line and column when the cell is wrong. */
    final class Row {

        private final CSVRecord record;

        private Row(CSVRecord record) {
            this.record = record;
        }

        String text(String column) {
            String value = optional(column);
            if (value == null) {
                throw problem(column, "is empty");
            }
            return value;
        }

        String textOrEmpty(String column) {
            String value = optional(column);
            return value == null ? "" : value;
        }

        @Nullable String optional(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                throw problem(column, "is missing");
            }
            String value = record.get(column).trim();
            return value.isEmpty() ? null : value;
        }

        @Nullable BigDecimal decimal(String column) {
            String value = optional(column);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw problem(column, "is not a number: " + value);
            }
        }

        BigDecimal requiredDecimal(String column) {
            var value = decimal(column);
            if (value == null) {
                throw problem(column, "is empty");
            }
            return value;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = text(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw problem(column, "is not one of " + List.of(type.getEnumConstants()) + ": " + value);
            }
        }

        IllegalStateException problem(String column, String what) {
            // Line numbers count the header as line 1, as an editor shows them.
            return new IllegalStateException("Specification library " + name + ", line " + (record.getRecordNumber() + 1)
                    + ", column " + column + " " + what);
        }
    }
}
