package id.sentra.allocation.engine;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import org.jspecify.annotations.Nullable;

/**
 * The GAP as a CP-SAT model over a chosen set of agents and jobs with the capacity left to them: the
 * engine solves the whole problem with it (for proofs and bounds), and the realistic allocation can add
 * its side rules to the same model or re-solve parts of a plan.
 */
final class CpSatGap {

    /** What one CP-SAT run returned: the agent of each job of the list (null if none found), its bound, and what it proved. */
    record Outcome(int @Nullable [] agentOfJob, long bound, boolean proven, boolean infeasible) {
    }

    /**
     * Lets another thread follow a run (the cost of its latest plan) and end it early, as CP-SAT ends at its
     * time limit: with the best plan found so far.
     */
    static final class Watch {

        private volatile @Nullable CpSolver solver;
        private volatile long incumbent = Long.MAX_VALUE;
        private volatile boolean stopped;

        /** Cost of the latest plan of the run, or Long.MAX_VALUE while it has none. */
        long incumbent() {
            return incumbent;
        }

        boolean stopped() {
            return stopped;
        }

        void stop() {
            stopped = true;
            CpSolver running = solver;
            if (running != null) {
                running.stopSearch();
            }
        }
    }

    static {
        Loader.loadNativeLibraries();
    }

    /** Loads the native solver now, so that the first timed solve does not pay for it. */
    static void loadNatives() {
        // the static initialiser has run by the time this (empty) method is entered
    }

    private final GapProblem problem;
    private final int[] agents;
    private final int[] jobs;
    private final long[] capacity;
    private final CpModel model = new CpModel();
    private final @Nullable BoolVar[][] x;

    /** The sub-problem of placing {@code jobs} on {@code agents}, which have {@code capacity} left for them. */
    CpSatGap(GapProblem problem, int[] agents, int[] jobs, long[] capacity) {
        this.problem = problem;
        this.agents = agents;
        this.jobs = jobs;
        this.capacity = capacity;
        this.x = new BoolVar[agents.length][jobs.length];
        build();
    }

    static CpSatGap whole(GapProblem problem) {
        int[] agents = range(problem.agents());
        return new CpSatGap(problem, agents, range(problem.jobs()), java.util.Arrays.stream(agents).mapToLong(problem::capacity).toArray());
    }

    private void build() {
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int b = 0; b < jobs.length; b++) {
            LinearExprBuilder once = LinearExpr.newBuilder();
            for (int a = 0; a < agents.length; a++) {
                if (problem.allowed(agents[a], jobs[b])) {
                    BoolVar var = model.newBoolVar("x" + a + "_" + b);
                    x[a][b] = var;
                    once.add(var);
                    objective.addTerm(var, problem.cost(agents[a], jobs[b]));
                }
            }
            model.addEquality(once, 1);
        }
        for (int a = 0; a < agents.length; a++) {
            LinearExprBuilder load = LinearExpr.newBuilder();
            for (int b = 0; b < jobs.length; b++) {
                if (x[a][b] != null) {
                    load.addTerm(x[a][b], problem.size(agents[a], jobs[b]));
                }
            }
            model.addLessOrEqual(load, capacity[a]);
        }
        model.minimize(objective);
    }

    /** Suggests a plan (the agent of every job of the problem) as CP-SAT's first solution. */
    CpSatGap hint(int[] agentOfJob) {
        for (int a = 0; a < agents.length; a++) {
            for (int b = 0; b < jobs.length; b++) {
                if (x[a][b] != null) {
                    model.addHint(x[a][b], agentOfJob[jobs[b]] == agents[a]);
                }
            }
        }
        return this;
    }

    /** Solves with the given workers and limits; a positive deterministic limit makes the run reproducible. */
    Outcome solve(int workers, double seconds, double deterministicSeconds, long seed) {
        return solve(workers, seconds, deterministicSeconds, seed, null);
    }

    /** The same, followed (and perhaps ended early) by {@code watch} when it is given. */
    Outcome solve(int workers, double seconds, double deterministicSeconds, long seed, @Nullable Watch watch) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(workers).setRandomSeed((int) seed).setLogSearchProgress(false);
        if (deterministicSeconds > 0) {
            solver.getParameters().setMaxDeterministicTime(deterministicSeconds);
        } else {
            solver.getParameters().setMaxTimeInSeconds(Math.max(0.001, seconds));
        }
        CpSolverStatus status;
        if (watch == null) {
            status = solver.solve(model);
        } else {
            watch.solver = solver;
            if (watch.stopped) {
                solver.getParameters().setMaxTimeInSeconds(0.001);
            }
            status = solver.solve(model, new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    watch.incumbent = Math.round(objectiveValue());
                }
            });
        }
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        int[] agentOfJob = found ? read(solver) : null;
        long bound = found || status == CpSolverStatus.UNKNOWN ? (long) Math.ceil(solver.bestObjectiveBound() - 1e-6) : Long.MAX_VALUE;
        return new Outcome(agentOfJob, bound, status == CpSolverStatus.OPTIMAL, status == CpSolverStatus.INFEASIBLE);
    }

    private int[] read(CpSolver solver) {
        int[] agentOfJob = new int[jobs.length];
        for (int b = 0; b < jobs.length; b++) {
            for (int a = 0; a < agents.length; a++) {
                if (x[a][b] != null && solver.booleanValue(x[a][b])) {
                    agentOfJob[b] = agents[a];
                }
            }
        }
        return agentOfJob;
    }

    private static int[] range(int count) {
        int[] values = new int[count];
        for (int k = 0; k < count; k++) {
            values[k] = k;
        }
        return values;
    }
}
