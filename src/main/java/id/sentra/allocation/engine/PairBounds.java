package id.sentra.allocation.engine;

import java.util.Arrays;

/**
 * Lagrangian reduced costs of the agent-job pairs: at given job prices, the relaxation's bound when job j is forced
 * onto agent i. A pair whose forced bound reaches the cost of a known plan cannot be part of a cheaper plan, so it
 * can be dropped from the search for one (variable fixing, as in Fisher, Jaikumar and Van Wassenhove 1986). On loosely
 * constrained problems, where the bound is within a few units of the optimum, most pairs go, and what is left is a
 * problem CP-SAT proves quickly.
 */
final class PairBounds {

    private final GapProblem problem;
    private final double[][] forced;
    private final double bound;

    private PairBounds(GapProblem problem, double[][] forced, double bound) {
        this.problem = problem;
        this.forced = forced;
        this.bound = bound;
    }

    /**
     * The bounds at {@code prices}. Per agent, knapsack tables over the jobs before j (kept) and after j (rolled)
     * give the best packing without j for every capacity, so forcing each job in costs O(capacity) and the whole
     * computation about as much as one relaxation step.
     */
    static PairBounds at(GapProblem problem, double[] prices) {
        int agents = problem.agents();
        int jobs = problem.jobs();
        double[][] forced = new double[agents][jobs];
        double[] knapsackValue = new double[agents];
        double priceSum = Arrays.stream(prices).sum();
        int maxCapacity = 0;
        for (int i = 0; i < agents; i++) {
            maxCapacity = (int) Math.max(maxCapacity, problem.capacity(i));
        }
        // one table for all agents: up to LagrangianRelaxation.MAX_TABLE entries
        double[][] before = new double[jobs + 1][maxCapacity + 1];
        for (int i = 0; i < agents; i++) {
            knapsackValue[i] = forceEach(problem, prices, i, before, forced[i]);
        }
        double value = priceSum - Arrays.stream(knapsackValue).sum();
        for (int i = 0; i < agents; i++) {
            for (int j = 0; j < jobs; j++) {
                // forced[i][j] holds agent i's best packing with j in it, or -infinity when j cannot go there
                forced[i][j] = value + knapsackValue[i] - forced[i][j];
            }
        }
        return new PairBounds(problem, forced, value);
    }

    /** The relaxation's value at these prices: a lower bound on every plan. */
    double bound() {
        return bound;
    }

    /** The relaxation's bound on plans that put {@code job} on {@code agent} (infinite when the pair is not allowed). */
    double forced(int agent, int job) {
        return forced[agent][job];
    }

    /** The pairs that may still be part of a plan cheaper than {@code cost}. */
    boolean[][] below(long cost) {
        boolean[][] keep = new boolean[problem.agents()][problem.jobs()];
        for (int i = 0; i < problem.agents(); i++) {
            for (int j = 0; j < problem.jobs(); j++) {
                keep[i][j] = Math.ceil(forced[i][j] - 1e-6) < cost;
            }
        }
        return keep;
    }

    /** Agent's best knapsack value, and in {@code withJob} its best value when each job is forced in. */
    private static double forceEach(GapProblem problem, double[] prices, int agent, double[][] before, double[] withJob) {
        int jobs = problem.jobs();
        int capacity = (int) problem.capacity(agent);
        double[] profit = new double[jobs];
        for (int j = 0; j < jobs; j++) {
            profit[j] = problem.allowed(agent, j) ? prices[j] - problem.cost(agent, j) : Double.NEGATIVE_INFINITY;
        }
        // before[j][c]: best profit of jobs 0..j-1 within size c
        Arrays.fill(before[0], 0, capacity + 1, 0);
        for (int j = 0; j < jobs; j++) {
            System.arraycopy(before[j], 0, before[j + 1], 0, capacity + 1);
            add(before[j + 1], profit[j], (int) Math.min(problem.size(agent, j), capacity + 1L), capacity);
        }
        double[] after = new double[capacity + 1];
        for (int j = jobs - 1; j >= 0; j--) {
            long size = problem.size(agent, j);
            if (profit[j] == Double.NEGATIVE_INFINITY || size > capacity) {
                withJob[j] = Double.NEGATIVE_INFINITY;
            } else {
                int rest = capacity - (int) size;
                double best = Double.NEGATIVE_INFINITY;
                double[] left = before[j];
                for (int c = 0; c <= rest; c++) {
                    best = Math.max(best, left[c] + after[rest - c]);
                }
                withJob[j] = profit[j] + best;
            }
            add(after, profit[j], (int) Math.min(size, capacity + 1L), capacity);
        }
        return before[jobs][capacity];
    }

    /** One 0-1 knapsack step: the item of {@code profit} and {@code size} added to the table (only when it pays). */
    private static void add(double[] table, double profit, int size, int capacity) {
        if (profit <= 0 || size > capacity) {
            return;
        }
        for (int c = capacity; c >= size; c--) {
            table[c] = Math.max(table[c], table[c - size] + profit);
        }
    }
}
