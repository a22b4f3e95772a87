package id.sentra.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;

/**
 * A table loaded by batched {@code INSERT}s, for the embedded H2 database (which has no COPY): 1,000 rows a batch,
 * committed every 20,000 rows.
 */
final class BatchRows implements Rows {

    private static final int BATCH = 1_000;
    private static final int COMMIT = 20_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private final Progress.Table progress;
    private int column = 1;
    private long count;

    BatchRows(Connection connection, String table, String[] columns, Progress.Table progress) throws SQLException {
        this.connection = connection;
        this.progress = progress;
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
    }

    private Rows set(SqlSetter setter) {
        try {
            setter.set(column++);
        } catch (SQLException e) {
            throw new IllegalStateException("insert into " + progress.name() + " failed: " + e.getMessage(), e);
        }
        return this;
    }

    @Override
    public Rows l(long value) {
        return set(i -> insert.setLong(i, value));
    }

    @Override
    public Rows s(String value) {
        return set(i -> insert.setString(i, value));
    }

    @Override
    public Rows d(long epochDay) {
        return set(i -> insert.setObject(i, LocalDate.ofEpochDay(epochDay)));
    }

    @Override
    public Rows ts(long epochDay) {
        return set(i -> insert.setObject(i, LocalDate.ofEpochDay(epochDay).atTime(12, 0).atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE));
    }

    @Override
    public Rows dec(long units, int scale) {
        return set(i -> insert.setBigDecimal(i, BigDecimal.valueOf(units, scale)));
    }

    @Override
    public Rows b(boolean value) {
        return set(i -> insert.setBoolean(i, value));
    }

    @Override
    public Rows nul() {
        return set(i -> insert.setNull(i, Types.NULL));
    }

    @Override
    public void end() {
        column = 1;
        count++;
        try {
            insert.addBatch();
            if (count % BATCH == 0) {
                insert.executeBatch();
            }
            if ((count & 1023) == 0) {
                progress.add(1024);
            }
            if (count % COMMIT == 0) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("insert into " + progress.name() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void close() {
        try {
            insert.executeBatch();
            connection.commit();
            insert.close();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("insert into " + progress.name() + " failed: " + e.getMessage(), e);
        }
        progress.finish(count);
    }

    private interface SqlSetter {
        void set(int index) throws SQLException;
    }
}
