package id.sentra.generator;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A table loaded by PostgreSQL {@code COPY ... FROM STDIN} (text format) on a connection of its own. Rows are
 * formatted into 256 KiB chunks that a sender thread hands to the server, so that the generator formats the next
 * chunk while PostgreSQL parses the last one; several tables load side by side on their own connections.
 */
final class CopyRows implements Rows {

    private static final int CHUNK = 256 * 1024;
    private static final byte[] POISON = new byte[0];

    private final Connection connection;
    private final CopyIn copy;
    private final Progress.Table progress;
    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(4);
    private final Thread sender;
    private volatile Exception failure;
    private byte[] buffer = new byte[CHUNK + 4096];
    private int length;
    private boolean firstColumn = true;
    private long count;

    CopyRows(Connection connection, String table, String[] columns, Progress.Table progress) throws SQLException {
        this.connection = connection;
        this.progress = progress;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
        this.sender = Thread.ofPlatform().daemon().name("copy-" + table).start(this::send);
    }

    private void send() {
        try {
            for (byte[] chunk = queue.take(); chunk != POISON; chunk = queue.take()) {
                copy.writeToCopy(chunk, 0, chunk.length);
            }
        } catch (Exception e) {
            failure = e;
            queue.clear();
        }
    }

    private void separator() {
        if (!firstColumn) {
            put((byte) '\t');
        }
        firstColumn = false;
    }

    private void put(byte b) {
        buffer[length++] = b;
    }

    private void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    private void number(long value) {
        if (value < 0) {
            put((byte) '-');
            value = -value;
        }
        int start = length;
        do {
            put((byte) ('0' + value % 10));
            value /= 10;
        } while (value > 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
    }

    @Override
    public Rows l(long value) {
        separator();
        number(value);
        return this;
    }

    @Override
    public Rows s(String value) {
        separator();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ensure(bytes.length * 2);
        for (byte b : bytes) {
            switch (b) {
                case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
                case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                default -> put(b);
            }
        }
        return this;
    }

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, length + extra + 4096);
        }
    }

    @Override
    public Rows d(long epochDay) {
        separator();
        ascii(Rows.date(epochDay));
        return this;
    }

    @Override
    public Rows ts(long epochDay) {
        separator();
        ascii(Rows.date(epochDay));
        ascii(" 12:00:00+00");
        return this;
    }

    @Override
    public Rows dec(long units, int scale) {
        separator();
        if (units < 0) {
            put((byte) '-');
            units = -units;
        }
        long pow = 1;
        for (int i = 0; i < scale; i++) {
            pow *= 10;
        }
        number(units / pow);
        if (scale > 0) {
            put((byte) '.');
            String fraction = Long.toString(units % pow + pow).substring(1);
            ascii(fraction);
        }
        return this;
    }

    @Override
    public Rows b(boolean value) {
        separator();
        put((byte) (value ? 't' : 'f'));
        return this;
    }

    @Override
    public Rows nul() {
        separator();
        put((byte) '\\');
        put((byte) 'N');
        return this;
    }

    @Override
    public void end() {
        put((byte) '\n');
        firstColumn = true;
        count++;
        if (length >= CHUNK) {
            flush();
        }
        if ((count & 1023) == 0) {
            progress.add(1024);
        }
    }

    private void flush() {
        if (length == 0) {
            return;
        }
        try {
            if (failure != null) {
                throw new IllegalStateException("COPY failed", failure);
            }
            queue.put(java.util.Arrays.copyOf(buffer, length));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        length = 0;
    }

    @Override
    public long count() {
        return count;
    }

    @Override
    public void close() {
        flush();
        try {
            queue.put(POISON);
            sender.join();
            if (failure != null) {
                throw new IllegalStateException("COPY into " + progress.name() + " failed", failure);
            }
            copy.endCopy();
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + progress.name() + " failed: " + e.getMessage(), e);
        }
        progress.finish(count);
    }
}
