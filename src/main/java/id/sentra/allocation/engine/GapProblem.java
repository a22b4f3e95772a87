package id.sentra.allocation.engine;

import java.util.Arrays;

/**
 * A generalized assignment problem: every job goes to exactly one agent, no agent exceeds its capacity,
 * total cost is minimised. Forbidden pairs and pinned jobs let the realistic allocation reuse this core.
 * Immutable: arrays are copied in and never handed out.
 */
public final class GapProblem {

    /** Marks a job that is not pinned to any agent. */
    public static final int FREE = -1;

    private final long[][] cost;
    private final long[][] size;
    private final long[] capacity;
    private final boolean[][] allowed;
    private final int[] pinnedAgent;

    private GapProblem(long[][] cost, long[][] size, long[] capacity, boolean[][] allowed, int[] pinnedAgent) {
        this.cost = deepCopy(cost);
        this.size = deepCopy(size);
        this.capacity = capacity.clone();
        this.allowed = deepCopy(allowed);
        this.pinnedAgent = pinnedAgent.clone();
    }

    /** A problem where every job may go to every agent; arrays are indexed [agent][job]. */
    public static GapProblem of(long[][] cost, long[][] size, long[] capacity) {
        int agents = capacity.length;
        if (agents == 0 || cost.length != agents || size.length != agents) {
            throw new IllegalArgumentException("cost, size and capacity must have one row per agent, got "
                    + cost.length + ", " + size.length + " and " + agents);
        }
        int jobs = cost[0].length;
        boolean[][] allowed = new boolean[agents][jobs];
        for (int i = 0; i < agents; i++) {
            if (cost[i].length != jobs || size[i].length != jobs) {
                throw new IllegalArgumentException("agent " + i + " does not have " + jobs + " costs and sizes");
            }
            Arrays.fill(allowed[i], true);
        }
        int[] pinned = new int[jobs];
        Arrays.fill(pinned, FREE);
        return new GapProblem(cost, size, capacity, allowed, pinned);
    }

    /** The same problem in which {@code job} may not go to {@code agent}. */
    public GapProblem forbid(int agent, int job) {
        if (pinnedAgent[job] == agent) {
            throw new IllegalArgumentException("job " + job + " is pinned to agent " + agent + " and cannot be forbidden there");
        }
        boolean[][] changed = deepCopy(allowed);
        changed[agent][job] = false;
        return new GapProblem(cost, size, capacity, changed, pinnedAgent);
    }

    /** The same problem with every pair outside {@code keep} forbidden as well. */
    GapProblem allowOnly(boolean[][] keep) {
        boolean[][] changed = deepCopy(allowed);
        for (int i = 0; i < agents(); i++) {
            for (int j = 0; j < jobs(); j++) {
                changed[i][j] &= keep[i][j] || pinnedAgent[j] == i;
            }
        }
        return new GapProblem(cost, size, capacity, changed, pinnedAgent);
    }

    /** The same problem in which {@code job} must go to {@code agent}. */
    public GapProblem pin(int job, int agent) {
        if (!allowed[agent][job]) {
            throw new IllegalArgumentException("job " + job + " cannot be pinned to agent " + agent + ", which is forbidden for it");
        }
        int[] changed = pinnedAgent.clone();
        changed[job] = agent;
        return new GapProblem(cost, size, capacity, allowed, changed);
    }

    public int agents() {
        return capacity.length;
    }

    public int jobs() {
        return pinnedAgent.length;
    }

    public long cost(int agent, int job) {
        return cost[agent][job];
    }

    public long size(int agent, int job) {
        return size[agent][job];
    }

    public long capacity(int agent) {
        return capacity[agent];
    }

    /** Whether the job may go to the agent: not forbidden, and not pinned elsewhere. */
    public boolean allowed(int agent, int job) {
        return allowed[agent][job] && (pinnedAgent[job] == FREE || pinnedAgent[job] == agent);
    }

    /** The agent the job is pinned to, or {@link #FREE}. */
    public int pinnedAgent(int job) {
        return pinnedAgent[job];
    }

    /** Total cost of a complete assignment given as the agent of each job. */
    public long costOf(int[] agentOfJob) {
        long total = 0;
        for (int j = 0; j < jobs(); j++) {
            total += cost[agentOfJob[j]][j];
        }
        return total;
    }

    /** Whether a complete assignment respects every capacity, forbidden pair and pin. */
    public boolean isFeasible(int[] agentOfJob) {
        if (agentOfJob.length != jobs()) {
            return false;
        }
        long[] load = new long[agents()];
        for (int j = 0; j < jobs(); j++) {
            int agent = agentOfJob[j];
            if (agent < 0 || agent >= agents() || !allowed(agent, j)) {
                return false;
            }
            load[agent] += size[agent][j];
        }
        for (int i = 0; i < agents(); i++) {
            if (load[i] > capacity[i]) {
                return false;
            }
        }
        return true;
    }

    private static long[][] deepCopy(long[][] rows) {
        return Arrays.stream(rows).map(long[]::clone).toArray(long[][]::new);
    }

    private static boolean[][] deepCopy(boolean[][] rows) {
        boolean[][] copy = new boolean[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
