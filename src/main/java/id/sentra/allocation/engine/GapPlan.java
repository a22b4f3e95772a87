package id.sentra.allocation.engine;

import java.util.Arrays;

/** A complete assignment (the agent of each job) with its cost; the array is copied so a plan never changes. */
public record GapPlan(int[] agentOfJob, long cost) {

    public GapPlan {
        agentOfJob = agentOfJob.clone();
    }

    static GapPlan of(GapProblem problem, int[] agentOfJob) {
        return new GapPlan(agentOfJob, problem.costOf(agentOfJob));
    }

    @Override
    public int[] agentOfJob() {
        return agentOfJob.clone();
    }

    /** Agent of one job, without copying the whole assignment. */
    public int agentOf(int job) {
        return agentOfJob[job];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GapPlan plan && plan.cost == cost && Arrays.equals(plan.agentOfJob, agentOfJob);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(agentOfJob) + Long.hashCode(cost);
    }

    @Override
    public String toString() {
        return "GapPlan[cost=" + cost + ", agentOfJob=" + Arrays.toString(agentOfJob) + "]";
    }
}
