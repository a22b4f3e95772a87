package id.sentra.allocation.engine;

import java.util.SplittableRandom;

/**
 * Random GAP instances of the kinds in the benchmark, for checks on problems the engine has never seen.
 * Definitions after Chu and Beasley, "A genetic algorithm for the generalised assignment problem",
 * Computers &amp; Operations Research 24 (1997), section 5 (types A-D, minimisation).
 */
public final class BeasleyGapGenerator {

    /** The instance types: A loose, B tighter, C tight, D tight with costs inversely related to sizes. */
    public enum Type { A, B, C, D }

    private final SplittableRandom random;

    /** {@code bench/gap-generate TYPE AGENTS JOBS COUNT SEED}: writes an OR-Library file to standard output, its result. */
    public static void main(String[] args) {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: bench/gap-generate A|B|C|D AGENTS JOBS COUNT SEED");
        }
        BeasleyGapGenerator generator = new BeasleyGapGenerator(Long.parseLong(args[4]));
        Type type = Type.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        java.util.List<GapProblem> problems = java.util.stream.IntStream.range(0, Integer.parseInt(args[3]))
                .mapToObj(k -> generator.generate(type, Integer.parseInt(args[1]), Integer.parseInt(args[2]))).toList();
        java.io.PrintWriter out = new java.io.PrintWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), java.nio.charset.StandardCharsets.UTF_8));
        out.print(toOrLibrary(problems));
        out.flush();
    }

    public BeasleyGapGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public GapProblem generate(Type type, int agents, int jobs) {
        long[][] size = new long[agents][jobs];
        long[][] cost = new long[agents][jobs];
        for (int i = 0; i < agents; i++) {
            for (int j = 0; j < jobs; j++) {
                if (type == Type.D) {
                    size[i][j] = uniform(1, 100);
                    cost[i][j] = 111 - size[i][j] + uniform(-10, 10);
                } else {
                    size[i][j] = uniform(5, 25);
                    cost[i][j] = uniform(10, 50);
                }
            }
        }
        long[] capacity = new long[agents];
        for (int i = 0; i < agents; i++) {
            capacity[i] = switch (type) {
                case A -> typeACapacity(cost, size, jobs, agents);
                case B -> typeACapacity(cost, size, jobs, agents) * 7 / 10;
                case C, D -> 8 * rowSum(size[i]) / (10 * agents);
            };
        }
        return GapProblem.of(cost, size, capacity);
    }

    /** Type A: 60% of the mean load of n/m jobs of mean size 15, plus 40% of the largest load when every job goes to its cheapest agent. */
    private static long typeACapacity(long[][] cost, long[][] size, int jobs, int agents) {
        long[] cheapestLoad = new long[agents];
        for (int j = 0; j < jobs; j++) {
            int best = 0;
            for (int i = 1; i < agents; i++) {
                if (cost[i][j] < cost[best][j]) {
                    best = i;
                }
            }
            cheapestLoad[best] += size[best][j];
        }
        long largest = java.util.Arrays.stream(cheapestLoad).max().orElse(0);
        return (long) (0.6 * 15.0 * jobs / agents + 0.4 * largest);
    }

    private static long rowSum(long[] row) {
        return java.util.Arrays.stream(row).sum();
    }

    private long uniform(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    /** Writes problems in OR-Library format, e.g. for {@code bench/gap}. */
    public static String toOrLibrary(java.util.List<GapProblem> problems) {
        StringBuilder text = new StringBuilder().append(problems.size()).append('\n');
        for (GapProblem problem : problems) {
            text.append(problem.agents()).append(' ').append(problem.jobs()).append('\n');
            appendMatrix(text, problem, true);
            appendMatrix(text, problem, false);
            for (int i = 0; i < problem.agents(); i++) {
                text.append(problem.capacity(i)).append(i + 1 < problem.agents() ? " " : "\n");
            }
        }
        return text.toString();
    }

    private static void appendMatrix(StringBuilder text, GapProblem problem, boolean costs) {
        for (int i = 0; i < problem.agents(); i++) {
            for (int j = 0; j < problem.jobs(); j++) {
                text.append(costs ? problem.cost(i, j) : problem.size(i, j)).append(j + 1 < problem.jobs() ? " " : "\n");
            }
        }
    }
}
