package id.sentra.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Tabu search over shift and swap moves that may overload agents for a price: each agent's overload is
 * weighted, and the weights grow while it stays overloaded and shrink while it is not. Walking through
 * infeasible plans is what lets the search cross the narrow feasible region of tight (type D) problems
 * (after Yagiura, Ibaraki and Glover, "An ejection chain approach for the GAP", 2004).
 */
final class TabuSearch {

    /**
     * Per-iteration factors of an agent's overload price: up while it is overloaded, down (to a floor) while
     * not. Strong swings (measured against 1.02/0.99 and 1.1/0.9) make the search cross the capacity limit
     * often, and every crossing passes feasible plans that are then remembered.
     */
    private static final double RAISE = 1.3;
    private static final double LOWER = 0.7;
    /** Short tenures measured best on tight problems (3-4 iterations at 200 jobs); long ones push the search too far from good plans. */
    private static final double TENURE = 0.005;
    /** How many distinct good plans (the best of each stretch between restarts) are kept for the core problems. */
    private static final int ELITES = 8;

    private final GapState state;
    private final SplittableRandom random;
    private final double[] weight;
    private final long[] tabuUntil;
    private final double minWeight;
    private long iteration;
    private int[] best;
    private long bestCost = Long.MAX_VALUE;
    private long lastImprovement;
    private long neighbourCost;
    private Move neighbour = Move.none();
    private int @Nullable [] stretchBest;
    private long stretchBestCost = Long.MAX_VALUE;
    private final List<int[]> elites = new ArrayList<>();
    private final List<Long> eliteCosts = new ArrayList<>();

    TabuSearch(GapProblem problem, int[] start, long seed) {
        this.state = new GapState(problem, start);
        this.random = new SplittableRandom(seed);
        this.weight = new double[problem.agents()];
        this.tabuUntil = new long[problem.agents() * problem.jobs()];
        this.minWeight = state.costPerUnitSize();
        Arrays.fill(weight, minWeight);
        this.best = start.clone();
        remember();
    }

    /** The best feasible assignment seen, or null if none was. */
    int @Nullable [] best() {
        return bestCost == Long.MAX_VALUE ? null : best.clone();
    }

    long bestCost() {
        return bestCost;
    }

    /** The best plans of the latest stretches between restarts, distinct, cheapest first: the search's memory of good regions. */
    List<int[]> elites() {
        closeStretch();
        return elites.stream().map(int[]::clone).toList();
    }

    /** Continues from a better plan found elsewhere. */
    void adopt(int[] plan, long cost) {
        if (cost < bestCost) {
            closeStretch();
            state.reset(plan);
            best = plan.clone();
            bestCost = cost;
            lastImprovement = iteration;
        }
    }

    /** Runs the given number of iterations, or fewer when {@code deadline} (System.nanoTime) passes or {@code stop} says so. */
    void run(long iterations, long deadline, BooleanSupplier stop) {
        int stall = 20 * state.jobs() + 2000;
        for (long k = 0; k < iterations; k++) {
            if ((k & 63) == 0 && (System.nanoTime() > deadline || stop.getAsBoolean())) {
                return;
            }
            step();
            if (iteration - lastImprovement > stall && bestCost != Long.MAX_VALUE) {
                perturbBest();
            }
        }
    }

    private void step() {
        iteration++;
        neighbourCost = bestCost;
        neighbour = Move.none();
        Move move = Move.none();
        move = bestShift(move);
        move = bestSwap(move);
        keepFeasibleNeighbour();
        if (move.isNone()) {
            return;
        }
        applyMove(move);
        adaptWeights();
        remember();
    }

    private Move bestShift(Move incumbent) {
        Move chosen = incumbent;
        int ties = 1;
        for (int j = 0; j < state.jobs(); j++) {
            int from = state.agentOf(j);
            for (int to = 0; to < state.agents(); to++) {
                if (to == from || !state.allowed(to, j)) {
                    continue;
                }
                double value = state.shiftCost(j, to) + penalty(from, -state.size(from, j), to, state.size(to, j));
                noteFeasibleNeighbour(state.shiftCost(j, to), j, -1, to);
                boolean tabu = tabuUntil[to * state.jobs() + j] > iteration;
                if (tabu && !aspires(state.shiftCost(j, to), state.excessAfterShift(j, to))) {
                    continue;
                }
                if (value < chosen.value() - 1e-9) {
                    chosen = Move.shift(j, to, value);
                    ties = 1;
                } else if (value < chosen.value() + 1e-9 && random.nextInt(++ties) == 0) {
                    chosen = Move.shift(j, to, value);
                }
            }
        }
        return chosen;
    }

    private Move bestSwap(Move incumbent) {
        Move chosen = incumbent;
        int ties = 1;
        int jobs = state.jobs();
        for (int j1 = 0; j1 < jobs; j1++) {
            int a1 = state.agentOf(j1);
            for (int j2 = j1 + 1; j2 < jobs; j2++) {
                int a2 = state.agentOf(j2);
                if (a1 == a2 || !state.allowed(a2, j1) || !state.allowed(a1, j2)) {
                    continue;
                }
                long delta1 = state.size(a1, j2) - state.size(a1, j1);
                long delta2 = state.size(a2, j1) - state.size(a2, j2);
                long costChange = state.swapCost(j1, j2);
                if (state.cost() + costChange < neighbourCost && state.excessAfter(a1, delta1, a2, delta2) == 0) {
                    noteFeasibleNeighbour(costChange, j1, j2, -1);
                }
                double value = costChange + penalty(a1, delta1, a2, delta2);
                if (value > chosen.value() + 1e-9) {
                    continue;
                }
                boolean tabu = tabuUntil[a2 * jobs + j1] > iteration || tabuUntil[a1 * jobs + j2] > iteration;
                if (tabu && !aspires(costChange, state.excessAfter(a1, delta1, a2, delta2))) {
                    continue;
                }
                if (value < chosen.value() - 1e-9) {
                    chosen = Move.swap(j1, j2, value);
                    ties = 1;
                } else if (random.nextInt(++ties) == 0) {
                    chosen = Move.swap(j1, j2, value);
                }
            }
        }
        return chosen;
    }

    /**
     * Remembers the cheapest feasible plan one move away, even when the search moves elsewhere: near the
     * capacity limits the penalised search often passes beside such plans without stepping on them.
     */
    private void noteFeasibleNeighbour(long costChange, int j1, int j2, int agent) {
        if (state.cost() + costChange < neighbourCost
                && (j2 >= 0 || state.excessAfterShift(j1, agent) == 0)) {
            neighbourCost = state.cost() + costChange;
            neighbour = new Move(j1, j2, agent, 0);
        }
    }

    private void keepFeasibleNeighbour() {
        if (neighbour.isNone() || neighbourCost >= bestCost) {
            return;
        }
        int[] plan = state.assignment();
        if (neighbour.job2() < 0) {
            plan[neighbour.job1()] = neighbour.agent();
        } else {
            plan[neighbour.job1()] = state.agentOf(neighbour.job2());
            plan[neighbour.job2()] = state.agentOf(neighbour.job1());
        }
        best = plan;
        bestCost = neighbourCost;
        lastImprovement = iteration;
        noteStretchBest(plan, bestCost);
    }

    private void noteStretchBest(int[] plan, long cost) {
        if (cost < stretchBestCost) {
            stretchBest = plan.clone();
            stretchBestCost = cost;
        }
    }

    /** Ends a stretch of the search: its best plan joins the elites if it is new and good enough. */
    private void closeStretch() {
        if (stretchBest == null) {
            return;
        }
        int[] plan = stretchBest;
        long cost = stretchBestCost;
        stretchBest = null;
        stretchBestCost = Long.MAX_VALUE;
        int at = 0;
        while (at < elites.size() && eliteCosts.get(at) <= cost) {
            if (eliteCosts.get(at) == cost && Arrays.equals(elites.get(at), plan)) {
                return;
            }
            at++;
        }
        if (at >= ELITES) {
            return;
        }
        elites.add(at, plan);
        eliteCosts.add(at, cost);
        if (elites.size() > ELITES) {
            elites.removeLast();
            eliteCosts.removeLast();
        }
    }

    /** A tabu move is allowed when it reaches a feasible plan cheaper than any seen. */
    private boolean aspires(long costChange, long excessAfter) {
        return excessAfter == 0 && state.cost() + costChange < bestCost;
    }

    private double penalty(int a1, long delta1, int a2, long delta2) {
        return weight[a1] * state.excessChange(a1, delta1) + weight[a2] * state.excessChange(a2, delta2);
    }

    private void applyMove(Move move) {
        int tenure = (int) (state.jobs() * TENURE) + 3 + random.nextInt(Math.max(1, (int) (state.jobs() * TENURE)));
        int j1 = move.job1();
        int from1 = state.agentOf(j1);
        if (move.job2() < 0) {
            state.shift(j1, move.agent());
        } else {
            int j2 = move.job2();
            int from2 = state.agentOf(j2);
            state.shift(j1, from2);
            state.shift(j2, from1);
            tabuUntil[from2 * state.jobs() + j2] = iteration + tenure;
        }
        tabuUntil[from1 * state.jobs() + j1] = iteration + tenure;
    }

    private void adaptWeights() {
        for (int i = 0; i < state.agents(); i++) {
            weight[i] = state.excess(i) > 0 ? weight[i] * RAISE : Math.max(minWeight, weight[i] * LOWER);
        }
    }

    private void remember() {
        if (state.totalExcess() == 0 && state.cost() < stretchBestCost) {
            if (state.cost() < bestCost) {
                bestCost = state.cost();
                best = state.assignment();
                lastImprovement = iteration;
            }
            noteStretchBest(state.assignment(), state.cost());
        }
    }

    /**
     * Leaves a stalled region: back to the best plan, then either halfway towards one of the elite plans (every job
     * where they differ takes the elite's agent with probability one half: a point on the path between them, after
     * the path relinking of Yagiura, Ibaraki and Glover, EJOR 169, 2006) or, as before, a few jobs moved at random.
     */
    private void perturbBest() {
        closeStretch();
        state.reset(best);
        if (elites.size() >= 2 && random.nextBoolean()) {
            int[] guide = elites.get(random.nextInt(elites.size()));
            int moved = 0;
            for (int j = 0; j < state.jobs(); j++) {
                if (guide[j] != best[j] && random.nextBoolean()) {
                    state.shift(j, guide[j]);
                    moved++;
                }
            }
            if (moved > 0) {
                lastImprovement = iteration;
                return;
            }
        }
        int kicks = Math.max(2, state.jobs() / 20);
        for (int k = 0; k < kicks; k++) {
            int job = random.nextInt(state.jobs());
            int agent = random.nextInt(state.agents());
            if (state.allowed(agent, job)) {
                state.shift(job, agent);
            }
        }
        lastImprovement = iteration;
    }

    /** A shift (job2 &lt; 0: job1 to agent) or a swap of two jobs' agents, with its penalised value. */
    private record Move(int job1, int job2, int agent, double value) {

        static Move none() {
            return new Move(-1, -1, -1, Double.MAX_VALUE);
        }

        static Move shift(int job, int agent, double value) {
            return new Move(job, -1, agent, value);
        }

        static Move swap(int job1, int job2, double value) {
            return new Move(job1, job2, -1, value);
        }

        boolean isNone() {
            return job1 < 0;
        }
    }
}
