package id.sentra.allocation.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allocation engine, on two cores. CP-SAT first works on the whole problem with both workers, which proves
 * small and loose problems optimal, while a Lagrangian relaxation starts pricing the jobs (on tight problems, where
 * CP-SAT's plan stays far above the relaxation's bound, this phase is given up early); then a tabu search improves
 * the best plan while the relaxation converges and column generation dives from its prices (ColumnDiving); last,
 * in rounds, CP-SAT solves core problems (each job limited to the agents the relaxation's knapsacks chose lately and
 * to its agents in the tabu search's elite plans and the dives' plan) while the tabu search continues beside it.
 * Tight problems (type D) are won in the last two phases.
 * A deterministic budget counts work instead of time, so the same problem and seed give the same plan.
 */
public final class GapEngine {

    /**
     * Share of a wall-clock budget given to CP-SAT on the whole problem with both workers: enough to prove
     * gap1-gap6, type A and most of type B; the rest goes to the core problems, which do better on type D
     * (docs/allocation-engine.md).
     */
    private static final double EXACT_SHARE = 0.3;
    /** When the relaxation starts beside the exact phase, if that phase has not finished by then. */
    private static final double RELAXATION_DELAY = 0.1;
    /**
     * From this share of a wall-clock budget on, the exact phase is given up when CP-SAT's plan is still far above
     * the relaxation's bound (by GIVE_UP_GAP): on tight problems (type D) CP-SAT on the whole problem neither proves
     * nor finds good plans, and the time is worth more to the tabu search and the core problems.
     */
    private static final double GIVE_UP_CHECK = 0.15;
    /** 2 %: CP-SAT's plans were 3-14 % above the bound on 10- and 20-agent type D problems at that point, under 1 % on 5-agent ones. */
    private static final double GIVE_UP_GAP = 0.02;
    /** Share of a wall-clock budget given to the tabu search while the relaxation converges. */
    private static final double RELAXATION_SHARE = 0.15;
    /**
     * Sizes of the core problems solved one after the other, in agent-job pairs per job: cores of 2-3 pairs
     * per job are small enough for CP-SAT to search well (4.5 per job measured no gain on 20 x 200).
     */
    private static final double[] CORE_SIZES = {2, 3};
    private static final int RELAXATION_ITERATIONS = 400;
    private static final int ROUNDS_PER_WALL_CLOCK_BUDGET = 10;
    /** Longest core round, as a share of the core phase: small cores end sooner, when CP-SAT proves them. */
    private static final double ROUND_SHARE = 0.25;
    /**
     * Until this share of a wall-clock budget the column generation dives may run beside the tabu search (ColumnDiving);
     * the core rounds then get what is left. A dive of 20 x 200 takes about 4-5 s of CPU.
     */
    private static final double DIVE_SHARE = 0.75;
    /** Limited discrepancy search: up to two other columns tried in the first three levels of the dive. */
    private static final int DIVE_DISCREPANCIES = 2;
    private static final int DIVE_DEPTH = 3;
    /** The relaxation's knapsacks of its last 100 evaluations seed the master (its root then converges in about 50 LPs). */
    private static final int DIVE_WINDOW = 100;
    /**
     * A problem is tight when at least TIGHT_SHARE of its pairs could be part of a plan within TIGHT_GAP of the
     * relaxation's bound: all of them on gapd and generated type D problems, at most 78 % on gapa, gapb and generated
     * types A-C (docs/allocation-engine.md, fifth round).
     */
    private static final double TIGHT_GAP = 0.005;
    private static final double TIGHT_SHARE = 0.9;
    /**
     * A core round searches all pairs that could be part of a plan cheaper than the best one once they are at most this
     * many per job (b10200: 580 pairs at 2833, 340 at 2828): CP-SAT with one worker then finds and proves the optimum
     * within seconds.
     */
    private static final double REDUCED_PAIRS_PER_JOB = 3;
    /** A round on the reduced problem ends when a plan this much cheaper than its start is known: the next one is smaller. */
    private static final long REDUCE_AGAIN = 2;
    /** At DEBUG, each phase's outcome is logged (used to tune the phases). */
    private static final Logger LOG = LoggerFactory.getLogger(GapEngine.class);

    public GapResult solve(GapProblem problem, SolveBudget budget) {
        long start = System.nanoTime();
        int[] greedy = Greedy.cheapest(problem);
        if (greedy == null) {
            return GapResult.of(null, Long.MAX_VALUE, Duration.ofNanos(System.nanoTime() - start));
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            return new Run(problem, budget, start, greedy, pool).solve();
        } finally {
            pool.shutdownNow();
        }
    }

    /** One solve: its budget, clock, searches and what they established. */
    private static final class Run {

        private final GapProblem problem;
        private final SolveBudget budget;
        private final long start;
        private final ExecutorService pool;
        private final TabuSearch first;
        private final TabuSearch second;
        private CpSatGap.Outcome exact = new CpSatGap.Outcome(null, Long.MIN_VALUE, false, false);
        private final CpSatGap.Watch exactWatch = new CpSatGap.Watch();
        private long relaxationBound = Long.MIN_VALUE;
        private @Nullable LagrangianRelaxation relaxation;
        private @Nullable ColumnDiving diving;
        private @Nullable PairBounds pairBounds;
        /** A lower bound proven by CP-SAT on the problem reduced by the relaxation's pair bounds. */
        private long reducedBound = Long.MIN_VALUE;

        Run(GapProblem problem, SolveBudget budget, long start, int[] greedy, ExecutorService pool) {
            this.problem = problem;
            this.budget = budget;
            this.start = start;
            this.pool = pool;
            this.first = new TabuSearch(problem, greedy, budget.seed());
            this.second = new TabuSearch(problem, greedy, budget.seed() + 1);
        }

        GapResult solve() {
            CountDownLatch exactDone = new CountDownLatch(1);
            relaxation = LagrangianRelaxation.applicable(problem) ? new LagrangianRelaxation(problem) : null;
            if (budget.deterministic()) {
                solveExactly();
            } else {
                parallel(() -> relaxUnlessProvenSoon(exactDone), () -> {
                    solveExactly();
                    exactDone.countDown();
                });
            }
            if (exact.proven() || exact.infeasible()) {
                return result(exact.agentOfJob());
            }
            trace(() -> "exact " + (exact.agentOfJob() == null ? "-" : problem.costOf(exact.agentOfJob())) + " bound " + bound());
            if (exact.agentOfJob() != null) {
                first.adopt(exact.agentOfJob(), problem.costOf(exact.agentOfJob()));
            }
            double boundShare = EXACT_SHARE + RELAXATION_SHARE;
            double upperBound = bestPlan() == null ? Double.NaN : problem.costOf(bestPlan());
            if (relaxation != null) {
                AtomicBoolean dived = new AtomicBoolean();
                long diveEnd = deadline(DIVE_SHARE);
                long searchEnd = deadline(boundShare);
                List<int[]> seeds = new ArrayList<>(first.elites());
                int[] seed = bestPlan();
                if (seed != null) {
                    seeds.add(seed);
                }
                parallel(() -> {
                    try {
                        relax(upperBound, searchEnd, () -> false);
                        pairBounds = PairBounds.at(problem, relaxation.bestPrices());
                        if (tight()) {
                            dive(seeds, diveEnd);
                        }
                    } finally {
                        dived.set(true);
                    }
                }, () -> first.run(tabuIterations(), diveEnd, budget.deterministic() ? () -> false
                        : () -> dived.get() && (diving == null || System.nanoTime() > searchEnd)));
                if (diving != null && diving.best() != null) {
                    first.adopt(diving.best(), diving.bestCost());
                }
                trace(() -> "tabu " + first.bestCost() + " dive " + (diving == null ? "skipped" : diving.best() == null ? "-" : diving.bestCost())
                        + " bound " + bound() + " pairs left " + count(pairBounds.below(first.bestCost())));
            } else {
                parallel(() -> relax(upperBound, deadline(boundShare), () -> false), () -> first.run(tabuIterations(), deadline(boundShare), () -> false));
                trace(() -> "tabu " + first.bestCost() + " bound " + bound());
            }
            if (relaxation != null) {
                solveCores(boundShare);
            } else {
                searchInRounds(boundShare);
            }
            return result(bestPlan());
        }

        /**
         * Whether every pair could be part of a plan within TIGHT_GAP of the relaxation's bound (type D); on looser
         * problems (types A-C: at most 80 % of the pairs) the dives find nothing the core rounds would not, and the
         * time is worth more to the rounds.
         */
        private boolean tight() {
            long near = (long) Math.ceil(pairBounds.bound() * (1 + TIGHT_GAP));
            return count(pairBounds.below(near)) >= TIGHT_SHARE * problem.agents() * problem.jobs();
        }

        /**
         * CP-SAT on core problems, in rounds: each job may go only to the agents whose knapsacks took it in the
         * relaxation's last evaluations (a window that varies from round to round), to its agent in the best plan,
         * which is the hint, and to its agents in the tabu search's elite plans, so that CP-SAT also recombines them.
         * Once the relaxation's pair bounds leave few enough pairs for plans cheaper than the best one, the core is
         * those pairs instead: a round on them may prove the optimum, since every cheaper plan lies in them, and it
         * lasts until the end or until a plan REDUCE_AGAIN cheaper turns up (the next round then has fewer pairs).
         * Beside each round the tabu search continues from the best plan and gathers new elite plans.
         */
        private void solveCores(double fromShare) {
            int rounds = budget.deterministic() ? Math.max(CORE_SIZES.length, budget.rounds()) : Integer.MAX_VALUE;
            long end = deadline(1);
            double phase = budget.deterministic() ? 0 : (end - System.nanoTime()) / 1e9;
            for (int round = 0; round < rounds && !provenOptimal() && (budget.deterministic() || end - System.nanoTime() > 50_000_000L); round++) {
                int[] best = bestPlan();
                long roundCost = best == null ? Long.MAX_VALUE : problem.costOf(best);
                boolean[][] reduced = best == null ? null : pairBounds.below(roundCost);
                boolean exactRound = reduced != null && count(reduced) <= REDUCED_PAIRS_PER_JOB * problem.jobs();
                List<int[]> plans = new ArrayList<>(exactRound ? List.of(best) : first.elites());
                if (!exactRound && diving != null && diving.best() != null) {
                    plans.add(diving.best());
                }
                boolean[][] core = withPlans(exactRound ? reduced : core(CORE_SIZES[round % CORE_SIZES.length] * problem.jobs(), best), plans);
                double seconds = Math.min((end - System.nanoTime()) / 1e9, exactRound ? Double.MAX_VALUE : phase * ROUND_SHARE);
                CpSatGap.Outcome outcome = searchCore(core, best, seconds, budget.seed() + round, exactRound ? roundCost - REDUCE_AGAIN : Long.MIN_VALUE, end);
                int[] found = outcome.agentOfJob();
                if (found != null) {
                    first.adopt(found, problem.costOf(found));
                }
                if (exactRound) {
                    // every plan cheaper than roundCost lies in the reduced problem, so its bound holds for the whole one up to roundCost
                    reducedBound = Math.max(reducedBound, Math.min(outcome.bound(), roundCost));
                }
                int roundNo = round;
                trace(() -> (exactRound ? "reduced " : "core ") + roundNo + " pairs " + count(core) + " -> " + (found == null ? "-" : problem.costOf(found))
                        + (outcome.proven() ? " proven" : "") + " cbound " + outcome.bound() + " best " + first.bestCost());
            }
        }

        /**
         * One round: CP-SAT with one worker on the core, hinted with the best plan, beside the tabu search; with a
         * wall-clock budget the round also ends when a plan costing at most {@code restartAt} is known.
         */
        private CpSatGap.Outcome searchCore(boolean[][] core, int @Nullable [] best, double seconds, long seed, long restartAt, long end) {
            CpSatGap model = CpSatGap.whole(problem.allowOnly(core));
            CpSatGap hinted = best == null ? model : model.hint(best);
            CpSatGap.Watch watch = new CpSatGap.Watch();
            CpSatGap.Outcome[] outcome = new CpSatGap.Outcome[1];
            AtomicBoolean done = new AtomicBoolean();
            parallel(() -> {
                try {
                    outcome[0] = hinted.solve(1, seconds, budget.deterministic() ? problem.jobs() / 400.0 : 0, seed, budget.deterministic() ? null : watch);
                } finally {
                    done.set(true);
                }
            }, () -> first.run(tabuIterations(), end, budget.deterministic() ? () -> false : () -> {
                if (Math.min(first.bestCost(), watch.incumbent()) <= restartAt) {
                    watch.stop();
                }
                return done.get();
            }));
            return outcome[0];
        }

        /** The core with the pairs of the given plans added. */
        private boolean[][] withPlans(boolean[][] core, List<int[]> plans) {
            for (int[] plan : plans) {
                for (int j = 0; j < problem.jobs(); j++) {
                    core[plan[j]][j] = true;
                }
            }
            return core;
        }

        /**
         * Column generation and diving from the relaxation's prices and knapsacks and the tabu search's elite plans
         * (ColumnDiving); its plans join the core problems.
         */
        private void dive(List<int[]> seeds, long end) {
            diving = new ColumnDiving(problem);
            int discrepancies = budget.deterministic() ? 0 : DIVE_DISCREPANCIES;
            diving.dive(seeds, relaxation.packings(DIVE_WINDOW), relaxation.bestPrices(), discrepancies, DIVE_DEPTH,
                    budget.deterministic() ? () -> false : () -> System.nanoTime() > end);
        }

        /** The largest core of the relaxation's recent evaluations, plus the best plan's pairs, with at most about {@code pairs} pairs. */
        private boolean[][] core(double pairs, int @Nullable [] best) {
            boolean[][] chosen = null;
            for (int window = 1; window <= RELAXATION_ITERATIONS * 2; window = Math.max(window + 1, window * 5 / 4)) {
                boolean[][] core = relaxation.core(window);
                int count = 0;
                for (int j = 0; j < problem.jobs(); j++) {
                    if (best != null) {
                        core[best[j]][j] = true;
                    }
                    for (int i = 0; i < problem.agents(); i++) {
                        count += core[i][j] ? 1 : 0;
                    }
                }
                if (chosen != null && count > pairs) {
                    break;
                }
                chosen = core;
            }
            return chosen;
        }

        /** Without a relaxation (knapsacks too large for dynamic programming): two tabu searches that meet at round ends. */
        private void searchInRounds(double fromShare) {
            int rounds = budget.deterministic() ? budget.rounds() : ROUNDS_PER_WALL_CLOCK_BUDGET;
            for (int round = 1; round <= rounds && !provenOptimal(); round++) {
                exchange();
                long roundEnd = deadline(fromShare + (1 - fromShare) * round / rounds);
                parallel(() -> second.run(tabuIterations(), roundEnd, () -> false), () -> first.run(tabuIterations(), roundEnd, () -> false));
            }
        }

        /**
         * CP-SAT on the whole problem with a worker per core; in deterministic mode one worker, because
         * parallel CP-SAT workers race and would not repeat their plan.
         */
        private void solveExactly() {
            double seconds = (deadline(EXACT_SHARE) - System.nanoTime()) / 1e9;
            double deterministicSeconds = budget.deterministic() ? 2.0 * problem.jobs() / 100 : 0;
            int workers = budget.deterministic() ? 1 : 2;
            exact = CpSatGap.whole(problem).solve(workers, seconds, deterministicSeconds, budget.seed(), budget.deterministic() ? null : exactWatch);
            trace(() -> "exact ends" + (exactWatch.stopped() ? " (given up)" : ""));
        }

        /** A Lagrangian bound, usually tighter than the exact run's, for problems whose knapsacks are small enough. */
        /**
         * Starts the relaxation beside CP-SAT only when CP-SAT has not finished within a tenth of the budget:
         * the problems it proves at once (gap1-gap6) then get both cores, also on a busy machine.
         */
        private void relaxUnlessProvenSoon(CountDownLatch exactDone) {
            try {
                if (!exactDone.await(deadline(RELAXATION_DELAY) - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    relax(Double.NaN, deadline(EXACT_SHARE), () -> exactDone.getCount() == 0 || giveUpExact());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Ends the exact phase early when, past GIVE_UP_CHECK, CP-SAT's plan is still far above the relaxation's bound. */
        private boolean giveUpExact() {
            if (!exactWatch.stopped() && System.nanoTime() > deadline(GIVE_UP_CHECK) && relaxation != null
                    && relaxation.bound() > 0 && exactWatch.incumbent() > relaxation.bound() * (1 + GIVE_UP_GAP)) {
                exactWatch.stop();
            }
            return false;
        }

        private void relax(double upperBound, long deadline, BooleanSupplier stop) {
            if (relaxation != null) {
                relaxation.iterate(RELAXATION_ITERATIONS, upperBound, deadline, stop);
                relaxationBound = relaxation.bound();
            }
        }

        /** Both searches continue from the better of their two best plans. */
        private void exchange() {
            int[] best = bestPlan();
            if (best != null) {
                long cost = problem.costOf(best);
                first.adopt(best, cost);
                second.adopt(best, cost);
            }
        }

        private int @Nullable [] bestPlan() {
            return second.bestCost() < first.bestCost() ? second.best() : first.best();
        }

        private long bound() {
            return exact.infeasible() ? Long.MAX_VALUE : Math.max(Math.max(exact.bound(), relaxationBound), reducedBound);
        }

        private boolean provenOptimal() {
            int[] best = bestPlan();
            return best != null && problem.costOf(best) <= bound();
        }

        /** Built only when DEBUG is on: a line may count the pairs left, a pass over agents x jobs. */
        private void trace(java.util.function.Supplier<String> what) {
            if (LOG.isDebugEnabled()) {
                LOG.debug(String.format(java.util.Locale.ROOT, "%6.2f s %s", (System.nanoTime() - start) / 1e9, what.get()));
            }
        }

        private static int count(boolean[][] core) {
            int n = 0;
            for (boolean[] row : core) {
                for (boolean b : row) {
                    n += b ? 1 : 0;
                }
            }
            return n;
        }

        private GapResult result(int @Nullable [] best) {
            GapPlan plan = best == null ? null : GapPlan.of(problem, best);
            return GapResult.of(plan, bound(), Duration.ofNanos(System.nanoTime() - start));
        }

        /** When the given share of a wall-clock budget is used up; deterministic budgets count work instead. */
        private long deadline(double share) {
            return budget.deterministic() ? Long.MAX_VALUE : start + (long) (budget.wallClock().toNanos() * share);
        }

        private long tabuIterations() {
            return budget.deterministic() ? 20L * problem.jobs() : Long.MAX_VALUE;
        }

        private void parallel(Runnable other, Runnable here) {
            Future<?> running = pool.submit(other);
            here.run();
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
