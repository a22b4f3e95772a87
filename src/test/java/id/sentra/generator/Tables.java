package id.sentra.generator;

import java.sql.SQLException;

/** Opens tables for loading on the target, each with its progress counter. */
record Tables(Target target, Progress progress) {

    Rows open(String table, String... columns) {
        try {
            return target.open(table, columns, progress.table(table));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + table + " for loading: " + e.getMessage(), e);
        }
    }
}
