package id.sentra.allocation.engine;

import java.time.Duration;

/** The baseline the engine is measured against: the whole GAP handed to CP-SAT as it is. */
public final class PlainCpSatSolver {

    private final int workers;

    public PlainCpSatSolver(int workers) {
        this.workers = workers;
    }

    public GapResult solve(GapProblem problem, Duration limit) {
        long start = System.nanoTime();
        CpSatGap.Outcome outcome = CpSatGap.whole(problem).solve(workers, limit.toMillis() / 1000.0, 0, 1);
        GapPlan plan = outcome.agentOfJob() == null ? null : GapPlan.of(problem, outcome.agentOfJob());
        return GapResult.of(plan, outcome.bound(), Duration.ofNanos(System.nanoTime() - start));
    }
}
