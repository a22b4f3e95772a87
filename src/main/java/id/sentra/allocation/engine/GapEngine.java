package id.sentra.allocation.engine;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * The allocation engine: on one core CP-SAT first tries to solve the whole problem (proving small ones
 * optimal and giving the lower bound), then re-optimises neighbourhoods of the best plan; on the other
 * core a tabu search walks through over- and under-loaded plans. The two exchange their best plan at the
 * end of every round, so a deterministic budget (a fixed number of rounds of fixed work) is reproducible.
 */
public final class GapEngine {

    /** Share of a wall-clock budget given to the exact CP-SAT run before neighbourhood search starts. */
    private static final double EXACT_SHARE = 0.3;
    private static final int ROUNDS_PER_WALL_CLOCK_BUDGET = 10;

    public GapResult solve(GapProblem problem, SolveBudget budget) {
        long start = System.nanoTime();
        int[] start0 = Greedy.cheapest(problem);
        if (start0 == null) {
            return GapResult.of(null, Long.MAX_VALUE, Duration.ofNanos(System.nanoTime() - start));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            return new Run(problem, budget, start, start0, pool).solve();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One solve: its budget, clock and the two searches. */
    private static final class Run {

        private final GapProblem problem;
        private final SolveBudget budget;
        private final long start;
        private final ExecutorService pool;
        private final TabuSearch tabu;
        private @Nullable NeighbourhoodSearch neighbourhoods;
        private final AtomicBoolean settled = new AtomicBoolean();
        private CpSatGap.Outcome exact = new CpSatGap.Outcome(null, Long.MIN_VALUE, false, false);

        Run(GapProblem problem, SolveBudget budget, long start, int[] greedy, ExecutorService pool) {
            this.problem = problem;
            this.budget = budget;
            this.start = start;
            this.pool = pool;
            this.tabu = new TabuSearch(problem, greedy, budget.seed());
        }

        GapResult solve() {
            long end = budget.deterministic() ? Long.MAX_VALUE : start + budget.wallClock().toNanos();
            long exactEnd = budget.deterministic() ? Long.MAX_VALUE : start + (long) (budget.wallClock().toNanos() * EXACT_SHARE);
            parallel(this::solveExactly, () -> tabu.run(tabuIterations(), exactEnd, settled::get));
            if (exact.proven() || exact.infeasible()) {
                return result(exact.agentOfJob());
            }
            takeExact();
            int rounds = budget.deterministic() ? budget.rounds() : ROUNDS_PER_WALL_CLOCK_BUDGET;
            for (int round = 1; round <= rounds && !provenOptimal() && !exact.infeasible(); round++) {
                long roundEnd = budget.deterministic() ? Long.MAX_VALUE : exactEnd + (end - exactEnd) * round / rounds;
                round(roundEnd);
            }
            return result(bestPlan());
        }

        /** CP-SAT on the whole problem, on one worker; a proof ends the tabu search at once. */
        private void solveExactly() {
            double seconds = (start + budget.wallClock().toNanos() * EXACT_SHARE - System.nanoTime()) / 1e9;
            double deterministicSeconds = budget.deterministic() ? 2.0 * problem.jobs() / 100 : 0;
            exact = CpSatGap.whole(problem).solve(1, seconds, deterministicSeconds, budget.seed());
            settled.set(exact.proven() || exact.infeasible());
        }

        private GapResult result(int @Nullable [] best) {
            GapPlan plan = best == null ? null : GapPlan.of(problem, best);
            long bound = exact.infeasible() ? Long.MAX_VALUE : exact.bound();
            return GapResult.of(plan, bound, Duration.ofNanos(System.nanoTime() - start));
        }

        private void round(long roundEnd) {
            NeighbourhoodSearch lns = neighbourhoods;
            if (lns == null) {
                tabu.run(tabuIterations(), roundEnd, () -> false);
            } else {
                int tries = budget.deterministic() ? 8 : Integer.MAX_VALUE;
                parallel(() -> lns.run(tries, roundEnd), () -> tabu.run(tabuIterations(), roundEnd, () -> false));
            }
            exchange();
        }

        private void takeExact() {
            if (exact.agentOfJob() != null) {
                tabu.adopt(exact.agentOfJob(), problem.costOf(exact.agentOfJob()));
            }
            exchange();
        }

        /** Both searches continue from the better of their two plans. */
        private void exchange() {
            int[] best = bestPlan();
            if (best == null) {
                return;
            }
            long cost = problem.costOf(best);
            tabu.adopt(best, cost);
            if (neighbourhoods == null) {
                neighbourhoods = new NeighbourhoodSearch(problem, best, budget.seed() + 1, budget.deterministic());
            }
            neighbourhoods.adopt(best, cost);
        }

        private int @Nullable [] bestPlan() {
            int[] fromTabu = tabu.best();
            NeighbourhoodSearch lns = neighbourhoods;
            if (lns != null && (fromTabu == null || lns.cost() < tabu.bestCost())) {
                return lns.plan();
            }
            return fromTabu;
        }

        private boolean provenOptimal() {
            int[] best = bestPlan();
            return best != null && problem.costOf(best) <= exact.bound();
        }

        private long tabuIterations() {
            return budget.deterministic() ? 20L * problem.jobs() : Long.MAX_VALUE;
        }

        private void parallel(Runnable first, Runnable second) {
            Future<?> running = pool.submit(first);
            second.run();
            try {
                running.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while solving", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a search failed", e.getCause());
            }
        }
    }
}
