package id.sentra.allocation.engine;

import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Large-neighbourhood search with CP-SAT: frees every job of a few agents and re-solves that sub-GAP
 * exactly, asking only for something strictly cheaper. Local moves change one or two jobs; this changes
 * dozens at once, which is what a local optimum of the tabu search needs.
 */
final class NeighbourhoodSearch {

    private final GapProblem problem;
    private final SplittableRandom random;
    private final boolean deterministic;
    private int[] plan;
    private long cost;
    private int width;

    NeighbourhoodSearch(GapProblem problem, int[] plan, long seed, boolean deterministic) {
        this.problem = problem;
        this.random = new SplittableRandom(seed);
        this.deterministic = deterministic;
        this.plan = plan.clone();
        this.cost = problem.costOf(plan);
        this.width = Math.min(problem.agents(), 2);
    }

    int[] plan() {
        return plan.clone();
    }

    long cost() {
        return cost;
    }

    void adopt(int[] better, long betterCost) {
        if (betterCost < cost) {
            plan = better.clone();
            cost = betterCost;
        }
    }

    /** Re-solves neighbourhoods until {@code deadline} (wall clock) or, when deterministic, {@code tries} of them. */
    void run(int tries, long deadline) {
        for (int k = 0; k < tries && System.nanoTime() < deadline; k++) {
            double seconds = Math.min(1.0, (deadline - System.nanoTime()) / 1e9);
            improve(chooseAgents(), seconds);
        }
    }

    private void improve(int[] agents, double seconds) {
        int[] jobs = jobsOf(agents);
        long before = 0;
        for (int job : jobs) {
            before += problem.cost(plan[job], job);
        }
        CpSatGap sub = new CpSatGap(problem, agents, jobs).hint(indexHint(agents, jobs)).below(before);
        CpSatGap.Outcome outcome = sub.solve(1, seconds, deterministic ? 0.25 : 0, random.nextInt(1 << 20));
        @Nullable int[] better = outcome.agentOfJob();
        if (better != null) {
            for (int b = 0; b < jobs.length; b++) {
                plan[jobs[b]] = better[b];
            }
            cost = problem.costOf(plan);
        }
        adaptWidth(outcome.proven() || outcome.infeasible());
    }

    /** Widens the neighbourhood while CP-SAT settles it completely, narrows it when it cannot. */
    private void adaptWidth(boolean settled) {
        if (settled && width < maxWidth()) {
            width++;
        } else if (!settled && width > 2) {
            width--;
        }
    }

    /** All agents at once would be the whole problem again, which the exact run already covers. */
    private int maxWidth() {
        return Math.max(2, problem.agents() - 1);
    }

    private int[] chooseAgents() {
        int[] all = CpSatGap.range(problem.agents());
        for (int k = all.length - 1; k > 0; k--) {
            int other = random.nextInt(k + 1);
            int swap = all[k];
            all[k] = all[other];
            all[other] = swap;
        }
        int[] chosen = java.util.Arrays.copyOf(all, Math.min(width, all.length));
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    private int[] jobsOf(int[] agents) {
        boolean[] chosen = new boolean[problem.agents()];
        for (int agent : agents) {
            chosen[agent] = true;
        }
        return java.util.stream.IntStream.range(0, problem.jobs()).filter(j -> chosen[plan[j]]).toArray();
    }

    private int[] indexHint(int[] agents, int[] jobs) {
        int[] hint = new int[jobs.length];
        for (int b = 0; b < jobs.length; b++) {
            hint[b] = java.util.Arrays.binarySearch(agents, plan[jobs[b]]);
        }
        return hint;
    }
}
