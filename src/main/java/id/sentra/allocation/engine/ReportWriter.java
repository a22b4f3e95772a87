package id.sentra.allocation.engine;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import id.sentra.allocation.engine.GapReport.ReportRow;

/** Lays the measured rows out as the Markdown page {@code bench/gap-results.md}. */
final class ReportWriter {

    private final List<ReportRow> rows;
    private final Duration limit;
    private final String loadBefore;
    private final String loadAfter;

    ReportWriter(List<ReportRow> rows, Duration limit, String loadBefore, String loadAfter) {
        this.rows = rows;
        this.limit = limit;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    String markdown() {
        StringBuilder page = new StringBuilder("# GAP benchmark results\n\n");
        page.append("Written by `bench/gap-report`; every figure below was measured in this run. Time limit per problem and solver: ")
                .append(limit.toMillis() / 1000.0).append(" s; minimisation; `gap %` = (cost - best known) / best known.\n")
                .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores; load average (1, 5, 15 min) before: ")
                .append(loadBefore).append("; after: ").append(loadAfter).append(".\n")
                .append("Engine = `bench/gap` (2 threads); plain CP-SAT = the whole model, 2 workers; plain Timefold = default ")
                .append("construction heuristic and local search, type D only.\n\n");
        summary(page);
        page.append("\n| instance | m x n | best known | ours | gap % | s | status | bound | CP-SAT | gap % | s | status | Timefold | gap % |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(row -> page.append(line(row)));
        return page.toString();
    }

    private void summary(StringBuilder page) {
        page.append("| file | problems | ours at best known | ours mean gap % | ours max gap % | ours max s | CP-SAT at best known | CP-SAT mean gap % | CP-SAT max gap % | Timefold mean gap % |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        rows.stream().map(ReportRow::file).distinct().forEach(file -> {
            List<ReportRow> group = rows.stream().filter(row -> row.file().equals(file)).toList();
            page.append("| ").append(file).append(" | ").append(group.size())
                    .append(" | ").append(atBest(group, true)).append(" | ").append(mean(group, true)).append(" | ").append(max(group, true))
                    .append(" | ").append(format(group.stream().mapToDouble(row -> row.ours().elapsed().toNanos() / 1e9).max().orElse(0)))
                    .append(" | ").append(atBest(group, false)).append(" | ").append(mean(group, false)).append(" | ").append(max(group, false))
                    .append(" | ").append(timefoldMean(group)).append(" |\n");
        });
    }

    private static String line(ReportRow row) {
        return String.join(" | ", "| " + row.file() + " #" + row.index(), row.agents() + " x " + row.jobs(),
                row.best().value() + (row.best().optimal() ? "" : " (best known)"),
                cost(row.ours()), gap(row, row.ours()), ReportRow.seconds(row.ours()), row.ours().status().name(),
                Long.toString(row.ours().bound()),
                cost(row.cpSat()), gap(row, row.cpSat()), ReportRow.seconds(row.cpSat()), row.cpSat().status().name(),
                row.timefold() == null ? "" : cost(row.timefold()), row.timefold() == null ? "" : gap(row, row.timefold())) + " |\n";
    }

    private static String atBest(List<ReportRow> group, boolean ours) {
        long hits = group.stream().filter(row -> {
            Double gap = ReportRow.gapPercent(row.best(), ours ? row.ours() : row.cpSat());
            return gap != null && gap <= 1e-9;
        }).count();
        return hits + "/" + group.size();
    }

    private static String mean(List<ReportRow> group, boolean ours) {
        return format(gaps(group, ours).average().orElse(Double.NaN));
    }

    private static String max(List<ReportRow> group, boolean ours) {
        return format(gaps(group, ours).max().orElse(Double.NaN));
    }

    private static String timefoldMean(List<ReportRow> group) {
        if (group.stream().anyMatch(row -> row.timefold() == null)) {
            return "";
        }
        return format(group.stream().map(row -> ReportRow.gapPercent(row.best(), row.timefold())).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
    }

    private static java.util.stream.DoubleStream gaps(List<ReportRow> group, boolean ours) {
        return group.stream().map(row -> ReportRow.gapPercent(row.best(), ours ? row.ours() : row.cpSat()))
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue);
    }

    private static String cost(GapResult result) {
        return result.plan() == null ? "none" : Long.toString(result.plan().cost());
    }

    private static String gap(ReportRow row, GapResult result) {
        @Nullable Double gap = ReportRow.gapPercent(row.best(), result);
        return gap == null ? "" : format(gap);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
