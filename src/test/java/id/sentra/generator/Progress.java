package id.sentra.generator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows written per table and in all, printed every few seconds while loading, and the rows per second of each
 * table (its rows over the time it was open) as a Markdown table at the end.
 */
final class Progress {

    private final List<Table> tables = new ArrayList<>();
    private final AtomicLong total = new AtomicLong();
    private final long started = System.nanoTime();
    private final PrintStream out;
    private final Thread ticker;

    Progress(PrintStream out, int seconds) {
        this.out = out;
        this.ticker = Thread.ofPlatform().daemon().name("generator-progress").start(() -> tick(seconds));
    }

    synchronized Table table(String name) {
        var table = new Table(name);
        tables.add(table);
        return table;
    }

    private void tick(int seconds) {
        long last = 0;
        try {
            while (true) {
                Thread.sleep(seconds * 1000L);
                long now = total.get();
                out.printf(Locale.ROOT, "generator: %,d rows, %,.0f rows/s in the last %d s, %s elapsed, load %s%n", now,
                        (now - last) / (double) seconds, seconds, elapsed(), loadAverage());
                last = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        ticker.interrupt();
    }

    String elapsed() {
        long s = (System.nanoTime() - started) / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    long totalRows() {
        return total.get();
    }

    /** The Markdown table of rows and rows per second per table, biggest first. */
    synchronized String report() {
        var text = new StringBuilder("| table | rows | seconds open | rows/s |\n|---|---:|---:|---:|\n");
        tables.stream().filter(t -> t.rows > 0).sorted((a, b) -> Long.compare(b.rows, a.rows)).forEach(t -> text.append(String.format(
                Locale.ROOT, "| %s | %,d | %.1f | %,.0f |%n", t.name, t.rows, t.seconds(), t.rows / Math.max(t.seconds(), 0.001))));
        return text.toString();
    }

    synchronized List<Table> tables() {
        return List.copyOf(tables);
    }

    final class Table {
        private final String name;
        private final long opened = System.nanoTime();
        private volatile long closed;
        private volatile long rows;

        Table(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        void add(long rows) {
            total.addAndGet(rows);
        }

        void finish(long count) {
            total.addAndGet(count % 1024);
            rows = count;
            closed = System.nanoTime();
        }

        long rows() {
            return rows;
        }

        double seconds() {
            return ((closed == 0 ? System.nanoTime() : closed) - opened) / 1e9;
        }
    }
}
