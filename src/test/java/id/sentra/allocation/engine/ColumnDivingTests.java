package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class ColumnDivingTests {

    @Test
    void divesToAFeasiblePlanAboveABoundBelowTheKnownOptimum() throws IOException {
        CpSatGap.loadNatives();
        GapProblem problem = GapFiles.read("gapd.txt").getFirst();
        LagrangianRelaxation relaxation = new LagrangianRelaxation(problem);
        relaxation.iterate(200, Double.NaN, Long.MAX_VALUE, () -> false);
        ColumnDiving diving = new ColumnDiving(problem);

        diving.dive(List.of(), relaxation.packings(50), relaxation.bestPrices(), 0, 0, () -> false);

        // optima.csv: gapd.txt problem 1, optimum 6353; the master's bound is the Lagrangian one
        assertThat(diving.rootBound()).isLessThanOrEqualTo(6353).isGreaterThan(6353 * 0.995);
        assertThat(diving.best()).isNotNull();
        assertThat(problem.isFeasible(diving.best())).isTrue();
        assertThat(diving.bestCost()).isEqualTo(problem.costOf(diving.best())).isGreaterThanOrEqualTo(6353).isLessThan(6353 * 101 / 100);
    }

    @Test
    void findsTheOptimumOfASmallProblemFromTheMasterAlone() throws IOException {
        CpSatGap.loadNatives();
        GapProblem problem = GapFiles.read("gap1.txt").getFirst();
        ColumnDiving diving = new ColumnDiving(problem);

        diving.dive(List.of(), List.of(), null, 0, 0, () -> false);

        // optima.csv: gap1.txt problem 1, minimisation optimum 261
        assertThat(diving.rootBound()).isLessThanOrEqualTo(261);
        assertThat(diving.best()).isNotNull();
        assertThat(problem.isFeasible(diving.best())).isTrue();
        assertThat(diving.bestCost()).isGreaterThanOrEqualTo(261).isLessThanOrEqualTo(261 * 105 / 100);
    }

    @Test
    void divesTheSameWayEveryTime() throws IOException {
        CpSatGap.loadNatives();
        GapProblem problem = GapFiles.read("gap6.txt").getFirst();
        long[] costs = new long[2];
        for (int run = 0; run < 2; run++) {
            LagrangianRelaxation relaxation = new LagrangianRelaxation(problem);
            relaxation.iterate(100, Double.NaN, Long.MAX_VALUE, () -> false);
            ColumnDiving diving = new ColumnDiving(problem);
            diving.dive(List.of(), relaxation.packings(50), relaxation.bestPrices(), 1, 1, () -> false);
            costs[run] = diving.bestCost();
        }
        assertThat(costs[0]).isEqualTo(costs[1]);
    }
}
