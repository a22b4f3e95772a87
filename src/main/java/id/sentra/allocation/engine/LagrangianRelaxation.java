package id.sentra.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Lagrangian relaxation of "every job exactly once": with a price u_j per job, each agent independently
 * packs the jobs that pay more than they cost it into a 0-1 knapsack. The relaxed value is a lower bound
 * at least as strong as the linear relaxation (Fisher, Jaikumar and Van Wassenhove, Management Science 32,
 * 1986); on tight problems it is also stronger than what one CP-SAT worker proves in the same time.
 * Prices follow subgradient steps (Held, Wolfe and Crowder, 1974).
 */
final class LagrangianRelaxation {

    /** Largest knapsack table (jobs times capacity) solved by dynamic programming; beyond it the relaxation is skipped. */
    static final long MAX_TABLE = 4_000_000;
    /** Assumed distance of the best plan from the bound, as a fraction, while no plan is known. */
    private static final double UNKNOWN_GAP = 0.01;

    private final GapProblem problem;
    private final double[] price;
    private final boolean[][] packed;
    private final double[] profit;
    private final Knapsack knapsack;
    /** For each agent and job, the last evaluation (counted from 1) whose knapsack packed the job; 0 for never. */
    private final int[][] lastPacked;
    private int evaluations;
    /** The knapsacks' job sets of each evaluation, in order: the columns column generation starts from. */
    private final List<ColumnDiving.Column> packings = new ArrayList<>();
    private final List<Integer> packingEvaluation = new ArrayList<>();
    private double bestBound = Double.NEGATIVE_INFINITY;
    private double[] bestPrices;
    private double step = 2.0;
    private int sinceImprovement;

    LagrangianRelaxation(GapProblem problem) {
        this.problem = problem;
        this.price = new double[problem.jobs()];
        this.packed = new boolean[problem.agents()][problem.jobs()];
        this.profit = new double[problem.jobs()];
        this.lastPacked = new int[problem.agents()][problem.jobs()];
        this.knapsack = new Knapsack(problem.jobs(), maxCapacity(problem));
        for (int j = 0; j < problem.jobs(); j++) {
            price[j] = secondCheapest(j);
        }
        this.bestPrices = price.clone();
    }

    /** The job prices of the best bound: near the optimal duals of the linear relaxation, where column generation starts. */
    double[] bestPrices() {
        return bestPrices.clone();
    }

    /** Whether the knapsack tables stay small enough for dynamic programming. */
    static boolean applicable(GapProblem problem) {
        return maxCapacity(problem) * problem.jobs() <= MAX_TABLE;
    }

    /** The best lower bound found, rounded up because costs are integers. */
    long bound() {
        return bestBound == Double.NEGATIVE_INFINITY ? Long.MIN_VALUE : (long) Math.ceil(bestBound - 1e-6);
    }

    /**
     * Runs subgradient iterations until {@code deadline} (System.nanoTime) or {@code stop}; {@code upperBound}
     * is the cost of the best plan known, which sets the step length, or NaN when no plan is known yet.
     */
    void iterate(int iterations, double upperBound, long deadline, BooleanSupplier stop) {
        for (int k = 0; k < iterations && step > 1e-4 && System.nanoTime() < deadline && !stop.getAsBoolean(); k++) {
            double value = evaluate();
            if (value > bestBound + 1e-9) {
                bestBound = value;
                System.arraycopy(price, 0, bestPrices, 0, price.length);
                sinceImprovement = 0;
            } else if (++sinceImprovement >= 20) {
                step /= 2;
                sinceImprovement = 0;
            }
            double target = Double.isNaN(upperBound) ? bestBound + Math.abs(bestBound) * UNKNOWN_GAP : upperBound;
            movePrices(Math.max(target, bestBound + 1) - value);
        }
    }

    private double evaluate() {
        double value = Arrays.stream(price).sum();
        evaluations++;
        for (int i = 0; i < problem.agents(); i++) {
            for (int j = 0; j < problem.jobs(); j++) {
                profit[j] = problem.allowed(i, j) ? price[j] - problem.cost(i, j) : 0;
            }
            value -= knapsack.solve(profit, i, problem, packed[i]);
            keepPacking(i);
            for (int j = 0; j < problem.jobs(); j++) {
                lastPacked[i][j] = packed[i][j] ? evaluations : lastPacked[i][j];
            }
        }
        return value;
    }

    private void keepPacking(int agent) {
        boolean[] chosen = packed[agent];
        packings.add(ColumnDiving.Column.of(problem, agent, j -> chosen[j]));
        packingEvaluation.add(evaluations);
    }

    /** The job sets the agents' knapsacks packed in the last {@code window} evaluations (with repetitions). */
    List<ColumnDiving.Column> packings(int window) {
        List<ColumnDiving.Column> recent = new ArrayList<>();
        for (int k = packings.size() - 1; k >= 0 && packingEvaluation.get(k) > evaluations - window; k--) {
            recent.add(packings.get(k));
        }
        return recent;
    }

    /**
     * The pairs some agent's knapsack packed in the last {@code window} evaluations: near the optimal prices
     * the relaxed plans are nearly feasible and cheap, so these few pairs hold most of a good plan.
     */
    boolean[][] core(int window) {
        boolean[][] core = new boolean[problem.agents()][problem.jobs()];
        for (int i = 0; i < problem.agents(); i++) {
            for (int j = 0; j < problem.jobs(); j++) {
                core[i][j] = lastPacked[i][j] > 0 && lastPacked[i][j] > evaluations - window;
            }
        }
        return core;
    }

    private void movePrices(double gap) {
        double norm = 0;
        int[] cover = new int[problem.jobs()];
        for (int j = 0; j < problem.jobs(); j++) {
            for (int i = 0; i < problem.agents(); i++) {
                cover[j] += packed[i][j] ? 1 : 0;
            }
            norm += (1 - cover[j]) * (1 - cover[j]);
        }
        if (norm == 0) {
            step = 0;
            return;
        }
        double length = step * gap / norm;
        for (int j = 0; j < problem.jobs(); j++) {
            price[j] += length * (1 - cover[j]);
        }
    }

    private double secondCheapest(int job) {
        long first = Long.MAX_VALUE;
        long second = Long.MAX_VALUE;
        for (int i = 0; i < problem.agents(); i++) {
            long cost = problem.cost(i, job);
            if (cost < first) {
                second = first;
                first = cost;
            } else if (cost < second) {
                second = cost;
            }
        }
        return second == Long.MAX_VALUE ? first : second;
    }

    private static long maxCapacity(GapProblem problem) {
        long max = 0;
        for (int i = 0; i < problem.agents(); i++) {
            max = Math.max(max, problem.capacity(i));
        }
        return max;
    }
}
