package id.sentra.allocation.engine;

/**
 * A complete, possibly overloaded assignment with its loads and cost kept up to date, in flat arrays so
 * that the local search evaluates moves without allocation.
 */
final class GapState {

    private final int agents;
    private final int jobs;
    private final long[] cost;
    private final long[] size;
    private final long[] capacity;
    private final boolean[] allowed;
    private final int[] agentOf;
    private final long[] load;
    private long totalCost;
    private long totalExcess;

    GapState(GapProblem problem, int[] start) {
        agents = problem.agents();
        jobs = problem.jobs();
        cost = new long[agents * jobs];
        size = new long[agents * jobs];
        allowed = new boolean[agents * jobs];
        capacity = new long[agents];
        for (int i = 0; i < agents; i++) {
            capacity[i] = problem.capacity(i);
            for (int j = 0; j < jobs; j++) {
                cost[i * jobs + j] = problem.cost(i, j);
                size[i * jobs + j] = problem.size(i, j);
                allowed[i * jobs + j] = problem.allowed(i, j);
            }
        }
        agentOf = new int[jobs];
        load = new long[agents];
        reset(start);
    }

    void reset(int[] assignment) {
        System.arraycopy(assignment, 0, agentOf, 0, jobs);
        java.util.Arrays.fill(load, 0);
        totalCost = 0;
        for (int j = 0; j < jobs; j++) {
            load[agentOf[j]] += size[agentOf[j] * jobs + j];
            totalCost += cost[agentOf[j] * jobs + j];
        }
        totalExcess = 0;
        for (int i = 0; i < agents; i++) {
            totalExcess += excess(i);
        }
    }

    int agents() {
        return agents;
    }

    int jobs() {
        return jobs;
    }

    int agentOf(int job) {
        return agentOf[job];
    }

    boolean allowed(int agent, int job) {
        return allowed[agent * jobs + job];
    }

    long size(int agent, int job) {
        return size[agent * jobs + job];
    }

    long cost() {
        return totalCost;
    }

    long totalExcess() {
        return totalExcess;
    }

    long excess(int agent) {
        return Math.max(0, load[agent] - capacity[agent]);
    }

    /** How the agent's overload changes if its load changes by {@code delta}. */
    long excessChange(int agent, long delta) {
        return Math.max(0, load[agent] + delta - capacity[agent]) - Math.max(0, load[agent] - capacity[agent]);
    }

    long shiftCost(int job, int to) {
        return cost[to * jobs + job] - cost[agentOf[job] * jobs + job];
    }

    long swapCost(int j1, int j2) {
        int a1 = agentOf[j1];
        int a2 = agentOf[j2];
        return cost[a2 * jobs + j1] + cost[a1 * jobs + j2] - cost[a1 * jobs + j1] - cost[a2 * jobs + j2];
    }

    long excessAfterShift(int job, int to) {
        int from = agentOf[job];
        return excessAfter(from, -size[from * jobs + job], to, size[to * jobs + job]);
    }

    long excessAfter(int a1, long delta1, int a2, long delta2) {
        return totalExcess + excessChange(a1, delta1) + excessChange(a2, delta2);
    }

    void shift(int job, int to) {
        int from = agentOf[job];
        if (from == to) {
            return;
        }
        totalExcess -= excess(from) + excess(to);
        load[from] -= size[from * jobs + job];
        load[to] += size[to * jobs + job];
        totalExcess += excess(from) + excess(to);
        totalCost += cost[to * jobs + job] - cost[from * jobs + job];
        agentOf[job] = to;
    }

    int[] assignment() {
        return agentOf.clone();
    }

    /** Average cost per unit of size: the natural first price of one unit of overload. */
    double costPerUnitSize() {
        double costs = 0;
        double sizes = 0;
        for (int k = 0; k < cost.length; k++) {
            costs += cost[k];
            sizes += size[k];
        }
        return Math.max(1e-3, costs / Math.max(1, sizes));
    }
}
