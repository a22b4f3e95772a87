package id.sentra.allocation.engine;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * The plain Timefold baseline: the GAP as a Timefold model with default construction heuristic and local
 * search, measured beside the engine. Timefold proves nothing, so its bound is none.
 */
public final class TimefoldGapSolver {

    public GapResult solve(GapProblem problem, Duration limit) {
        long start = System.nanoTime();
        SolverConfig config = new SolverConfig()
                .withSolutionClass(TimefoldPlan.class)
                .withEntityClasses(TimefoldJob.class)
                .withConstraintProviderClass(TimefoldGapConstraints.class)
                .withTerminationSpentLimit(limit);
        TimefoldPlan solved = SolverFactory.<TimefoldPlan>create(config).buildSolver().solve(new TimefoldPlan(problem));
        int[] agentOfJob = new int[problem.jobs()];
        for (TimefoldJob job : solved.getJobs()) {
            agentOfJob[job.getIndex()] = job.getAgent() == null ? -1 : job.getAgent().index();
        }
        GapPlan plan = problem.isFeasible(agentOfJob) ? GapPlan.of(problem, agentOfJob) : null;
        return GapResult.of(plan, Long.MIN_VALUE, Duration.ofNanos(System.nanoTime() - start));
    }
}
