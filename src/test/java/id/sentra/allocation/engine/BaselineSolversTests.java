package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class BaselineSolversTests {

    @Test
    void plainCpSatProvesTheOptimumOfASmallProblem() throws IOException {
        GapProblem problem = GapFiles.read("gap1.txt").getFirst();

        GapResult result = new PlainCpSatSolver(2).solve(problem, Duration.ofSeconds(5));

        assertThat(result.status()).isEqualTo(GapStatus.OPTIMAL);
        assertThat(result.plan().cost()).isEqualTo(261);
    }

    @Test
    void plainTimefoldReturnsAFeasiblePlanWithoutABound() throws IOException {
        GapProblem problem = GapFiles.read("gap1.txt").getFirst();

        // Wall-clock limit: on a loaded machine one second ended before the construction heuristic had a plan.
        GapResult result = new TimefoldGapSolver().solve(problem, Duration.ofSeconds(3));

        assertThat(problem.isFeasible(result.plan().agentOfJob())).isTrue();
        assertThat(result.plan().cost()).isGreaterThanOrEqualTo(261);
        assertThat(result.status()).isEqualTo(GapStatus.FEASIBLE);
    }
}
