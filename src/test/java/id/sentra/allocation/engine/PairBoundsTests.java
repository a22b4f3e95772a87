package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PairBoundsTests {

    @Test
    void forcedBoundsEqualThoseOfKnapsacksEnumeratedByHand() throws IOException {
        GapProblem problem = GapFiles.read("gap1.txt").getFirst();
        LagrangianRelaxation relaxation = new LagrangianRelaxation(problem);
        relaxation.iterate(50, Double.NaN, Long.MAX_VALUE, () -> false);
        double[] prices = relaxation.bestPrices();

        PairBounds bounds = PairBounds.at(problem, prices);

        double[] best = new double[problem.agents()];
        double[][] bestWith = new double[problem.agents()][problem.jobs()];
        for (int i = 0; i < problem.agents(); i++) {
            Arrays.fill(bestWith[i], Double.NEGATIVE_INFINITY);
            for (int set = 0; set < 1 << problem.jobs(); set++) {
                long size = 0;
                double profit = 0;
                for (int j = 0; j < problem.jobs(); j++) {
                    if ((set >> j & 1) == 1) {
                        size += problem.size(i, j);
                        profit += prices[j] - problem.cost(i, j);
                    }
                }
                if (size <= problem.capacity(i)) {
                    best[i] = Math.max(best[i], profit);
                    for (int j = 0; j < problem.jobs(); j++) {
                        if ((set >> j & 1) == 1) {
                            bestWith[i][j] = Math.max(bestWith[i][j], profit);
                        }
                    }
                }
            }
        }
        double value = Arrays.stream(prices).sum() - Arrays.stream(best).sum();
        assertThat(bounds.bound()).isCloseTo(value, within(1e-6));
        for (int i = 0; i < problem.agents(); i++) {
            for (int j = 0; j < problem.jobs(); j++) {
                double expected = bestWith[i][j] == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : value + best[i] - bestWith[i][j];
                assertThat(bounds.forced(i, j)).as("agent %d job %d", i, j).isCloseTo(expected, within(1e-6));
            }
        }
    }

    @Test
    void keepsEveryPairOfTheOptimumBelowAWorsePlan() throws IOException {
        GapProblem problem = GapFiles.read("gap1.txt").getFirst();
        LagrangianRelaxation relaxation = new LagrangianRelaxation(problem);
        relaxation.iterate(200, Double.NaN, Long.MAX_VALUE, () -> false);
        GapResult optimum = new GapEngine().solve(problem, SolveBudget.deterministic(1, 1));

        // optima.csv: gap1.txt problem 1, minimum 261
        boolean[][] keep = PairBounds.at(problem, relaxation.bestPrices()).below(262);

        int[] plan = optimum.plan().agentOfJob();
        assertThat(optimum.plan().cost()).isEqualTo(261);
        for (int j = 0; j < problem.jobs(); j++) {
            assertThat(keep[plan[j]][j]).isTrue();
        }
    }
}
