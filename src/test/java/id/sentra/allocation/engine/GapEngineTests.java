package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class GapEngineTests {

    private final GapEngine engine = new GapEngine();

    @Test
    void reachesAndProvesTheKnownOptimumOfOrLibraryC515Problem1() throws IOException {
        GapProblem problem = GapFiles.read("gap1.txt").getFirst();

        GapResult result = engine.solve(problem, SolveBudget.wallClock(Duration.ofSeconds(5)));

        // optima.csv: gap1.txt problem 1, minimisation optimum 261
        assertThat(result.status()).isEqualTo(GapStatus.OPTIMAL);
        assertThat(result.plan().cost()).isEqualTo(261);
        assertThat(result.bound()).isEqualTo(261);
        assertThat(problem.isFeasible(result.plan().agentOfJob())).isTrue();
    }

    @Test
    void returnsAFeasiblePlanAndAValidBoundOnATightProblem() throws IOException {
        GapProblem problem = GapFiles.read("gapd.txt").getFirst();

        GapResult result = engine.solve(problem, SolveBudget.wallClock(Duration.ofSeconds(2)));

        // optima.csv: gapd.txt problem 1, optimum 6353
        assertThat(problem.isFeasible(result.plan().agentOfJob())).isTrue();
        assertThat(result.plan().cost()).isEqualTo(problem.costOf(result.plan().agentOfJob())).isGreaterThanOrEqualTo(6353);
        assertThat(result.bound()).isLessThanOrEqualTo(6353);
    }

    @Test
    void givesTheSamePlanTwiceInDeterministicMode() {
        GapProblem problem = new BeasleyGapGenerator(7).generate(BeasleyGapGenerator.Type.D, 5, 40);
        SolveBudget budget = SolveBudget.deterministic(2, 42);

        GapResult first = engine.solve(problem, budget);
        GapResult second = engine.solve(problem, budget);

        assertThat(second.plan()).isEqualTo(first.plan());
        assertThat(problem.isFeasible(first.plan().agentOfJob())).isTrue();
    }

    @Test
    void keepsPinnedJobsAndAvoidsForbiddenAgents() throws IOException {
        GapProblem problem = GapFiles.read("gap1.txt").getFirst().pin(0, 4).forbid(0, 1).forbid(1, 1).forbid(2, 1);

        GapResult result = engine.solve(problem, SolveBudget.wallClock(Duration.ofSeconds(2)));

        assertThat(result.plan().agentOf(0)).isEqualTo(4);
        assertThat(result.plan().agentOf(1)).isIn(3, 4);
        assertThat(problem.isFeasible(result.plan().agentOfJob())).isTrue();
    }

    @Test
    void reportsAProblemWithTooLittleCapacityAsInfeasible() {
        long[][] cost = {{1, 1, 1}, {1, 1, 1}};
        long[][] size = {{5, 5, 5}, {5, 5, 5}};
        GapProblem problem = GapProblem.of(cost, size, new long[] {5, 5});

        GapResult result = engine.solve(problem, SolveBudget.wallClock(Duration.ofSeconds(1)));

        assertThat(result.status()).isEqualTo(GapStatus.INFEASIBLE);
        assertThat(result.plan()).isNull();
    }
}
