package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LagrangianRelaxationTests {

    @Test
    void boundsTheKnownOptimumOfATightProblemFromBelow() throws IOException {
        GapProblem problem = GapFiles.read("gapd.txt").getFirst();
        LagrangianRelaxation relaxation = new LagrangianRelaxation(problem);

        relaxation.iterate(200, Double.NaN, Long.MAX_VALUE, () -> false);

        // optima.csv: gapd.txt problem 1, optimum 6353
        assertThat(relaxation.bound()).isLessThanOrEqualTo(6353).isGreaterThan(6353 * 99 / 100);
    }

    @Test
    void keepsOnlyAFewAgentsPerJobInTheCoreOfRecentEvaluations() throws IOException {
        GapProblem problem = GapFiles.read("gapd.txt").get(2);
        LagrangianRelaxation relaxation = new LagrangianRelaxation(problem);
        relaxation.iterate(200, Double.NaN, Long.MAX_VALUE, () -> false);

        long small = pairs(relaxation.core(10));
        long large = pairs(relaxation.core(100));

        assertThat(small).isPositive().isLessThanOrEqualTo(large);
        assertThat(large).isLessThan((long) problem.agents() * problem.jobs() / 2);
    }

    private static long pairs(boolean[][] core) {
        return Arrays.stream(core).mapToLong(row -> {
            long count = 0;
            for (boolean pair : row) {
                count += pair ? 1 : 0;
            }
            return count;
        }).sum();
    }
}
