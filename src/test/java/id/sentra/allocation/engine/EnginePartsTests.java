package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The parts the engine combines: the tabu search's elite plans and a CP-SAT run ended early from another thread. */
class EnginePartsTests {

    @Test
    void keepsDistinctFeasibleElitePlansCheapestFirst() throws IOException {
        GapProblem problem = GapFiles.read("gapd.txt").get(2);
        TabuSearch search = new TabuSearch(problem, Greedy.cheapest(problem), 3);

        search.run(8_000, Long.MAX_VALUE, () -> false);
        List<int[]> elites = search.elites();

        assertThat(elites).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        Set<String> seen = new HashSet<>();
        long previous = Long.MIN_VALUE;
        for (int[] plan : elites) {
            assertThat(problem.isFeasible(plan)).isTrue();
            assertThat(problem.costOf(plan)).isGreaterThanOrEqualTo(previous).isGreaterThanOrEqualTo(search.bestCost());
            assertThat(seen.add(java.util.Arrays.toString(plan))).isTrue();
            previous = problem.costOf(plan);
        }
    }

    @Test
    void endsACpSatRunEarlyWithItsBestPlanWhenAskedFromAnotherThread() throws Exception {
        GapProblem problem = GapFiles.read("gapd.txt").get(4);
        CpSatGap.Watch watch = new CpSatGap.Watch();
        Thread stopper = new Thread(() -> {
            long until = System.nanoTime() + 5_000_000_000L;
            while (watch.incumbent() == Long.MAX_VALUE && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            watch.stop();
        });
        stopper.start();
        long start = System.nanoTime();

        CpSatGap.Outcome outcome = CpSatGap.whole(problem).solve(1, 60, 0, 1, watch);
        stopper.join();

        assertThat((System.nanoTime() - start) / 1e9).isLessThan(20);
        assertThat(watch.stopped()).isTrue();
        assertThat(outcome.proven()).isFalse();
        if (outcome.agentOfJob() != null) {
            assertThat(problem.isFeasible(outcome.agentOfJob())).isTrue();
            assertThat(problem.costOf(outcome.agentOfJob())).isLessThanOrEqualTo(watch.incumbent());
        }
    }

    @Test
    void repeatsItsCoreRoundsExactlyInDeterministicModeOnATightProblem() {
        GapProblem problem = new BeasleyGapGenerator(11).generate(BeasleyGapGenerator.Type.D, 10, 60);
        SolveBudget budget = SolveBudget.deterministic(2, 7);

        GapResult first = new GapEngine().solve(problem, budget);
        GapResult second = new GapEngine().solve(problem, budget);

        assertThat(problem.isFeasible(first.plan().agentOfJob())).isTrue();
        assertThat(second.plan()).isEqualTo(first.plan());
        assertThat(first.bound()).isLessThanOrEqualTo(first.plan().cost());
    }
}
