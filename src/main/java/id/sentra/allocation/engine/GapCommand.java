package id.sentra.allocation.engine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Command line of {@code bench/gap}: solves every problem of OR-Library GAP files and prints one CSV line
 * each. Standard output is the command's result, so it is written through its own writer.
 */
public final class GapCommand {

    static final String HEADER = "file,index,agents,jobs,objective,bound,seconds,status";

    private final GapOptions options;
    private final PrintWriter out;

    GapCommand(GapOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        GapOptions options;
        try {
            options = GapOptions.parse(args);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "\n" + GapOptions.USAGE, e);
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        new GapCommand(options, out).run();
        out.flush();
    }

    void run() throws IOException {
        CpSatGap.loadNatives();
        out.println(HEADER);
        for (Path file : options.files()) {
            List<GapProblem> problems = OrLibraryGapReader.read(file);
            for (int k = 0; k < problems.size(); k++) {
                GapProblem problem = problems.get(k);
                out.println(line(file, k + 1, problem, options.solver().solve(problem, options)));
            }
        }
    }

    static String line(Path file, int index, GapProblem problem, GapResult result) {
        String objective = result.plan() == null ? "" : Long.toString(result.plan().cost());
        String bound = result.bound() == Long.MAX_VALUE || result.bound() == Long.MIN_VALUE ? "" : Long.toString(result.bound());
        return String.join(",", file.getFileName().toString(), Integer.toString(index), Integer.toString(problem.agents()),
                Integer.toString(problem.jobs()), objective, bound,
                String.format(Locale.ROOT, "%.3f", result.elapsed().toNanos() / 1e9), result.status().name());
    }

    /** The solvers the command can run: the engine and the baselines it is compared with. */
    enum Solver {
        ENGINE {
            @Override
            GapResult solve(GapProblem problem, GapOptions options) {
                return new GapEngine().solve(problem, options.budget());
            }
        },
        CPSAT {
            @Override
            GapResult solve(GapProblem problem, GapOptions options) {
                return new PlainCpSatSolver(options.workers()).solve(problem, Duration.ofMillis(options.millis()));
            }
        },
        TIMEFOLD {
            @Override
            GapResult solve(GapProblem problem, GapOptions options) {
                return new TimefoldGapSolver().solve(problem, Duration.ofMillis(options.millis()));
            }
        };

        abstract GapResult solve(GapProblem problem, GapOptions options);
    }
}
