package id.sentra.allocation.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * {@code bench/gap-report}: solves every benchmark problem with the engine and, in the same run and with
 * the same time, with plain CP-SAT (2 workers) and, on the hard type D file, plain Timefold, and writes
 * the measured table to a Markdown file. Figures come from this run only; nothing is typed in by hand.
 */
public final class GapReport {

    private static final List<String> FILES = List.of("gap1.txt", "gap2.txt", "gap3.txt", "gap4.txt", "gap5.txt",
            "gap6.txt", "gapa.txt", "gapb.txt", "gapd.txt");
    private static final String HARD_FILE = "gapd.txt";

    private final Path folder;
    private final Duration limit;
    private final BestKnown bestKnown;
    private final List<ReportRow> rows = new ArrayList<>();

    GapReport(Path folder, Duration limit) throws IOException {
        this.folder = folder;
        this.limit = limit;
        this.bestKnown = BestKnown.read(folder.resolve("optima.csv"));
    }

    /** {@code GapReport DATA_FOLDER OUTPUT.md [SECONDS]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GapReport DATA_FOLDER OUTPUT.md [SECONDS]");
        }
        Duration limit = Duration.ofMillis(Math.round(1000 * (args.length > 2 ? Double.parseDouble(args[2]) : 10)));
        CpSatGap.loadNatives();
        GapReport report = new GapReport(Path.of(args[0]), limit);
        String loadBefore = loadAverage();
        report.measure();
        Files.writeString(Path.of(args[1]), new ReportWriter(report.rows, limit, loadBefore, loadAverage()).markdown());
    }

    void measure() throws IOException {
        for (String file : FILES) {
            List<GapProblem> problems = OrLibraryGapReader.read(folder.resolve(file));
            for (int k = 0; k < problems.size(); k++) {
                rows.add(measure(file, k + 1, problems.get(k)));
            }
        }
    }

    private ReportRow measure(String file, int index, GapProblem problem) {
        GapResult ours = new GapEngine().solve(problem, SolveBudget.wallClock(limit));
        GapResult cpSat = new PlainCpSatSolver(2).solve(problem, limit);
        @Nullable GapResult timefold = file.equals(HARD_FILE) ? new TimefoldGapSolver().solve(problem, limit) : null;
        requireFeasible(problem, ours, file, index);
        requireFeasible(problem, cpSat, file, index);
        return new ReportRow(file, index, problem.agents(), problem.jobs(), bestKnown.of(file, index), ours, cpSat, timefold);
    }

    /** A report must never show a cost whose plan breaks a capacity. */
    private static void requireFeasible(GapProblem problem, GapResult result, String file, int index) {
        if (result.plan() != null && !problem.isFeasible(result.plan().agentOfJob())) {
            throw new IllegalStateException("infeasible plan reported for " + file + " problem " + index);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (at " + ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ")";
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** One measured problem. */
    record ReportRow(String file, int index, int agents, int jobs, BestKnown.Entry best, GapResult ours, GapResult cpSat,
            @Nullable GapResult timefold) {

        static @Nullable Double gapPercent(BestKnown.Entry best, @Nullable GapResult result) {
            if (result == null || result.plan() == null) {
                return null;
            }
            return 100.0 * (result.plan().cost() - best.value()) / best.value();
        }

        static String seconds(GapResult result) {
            return String.format(Locale.ROOT, "%.2f", result.elapsed().toNanos() / 1e9);
        }
    }
}
