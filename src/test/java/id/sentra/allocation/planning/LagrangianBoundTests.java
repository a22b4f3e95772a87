package id.sentra.allocation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bound that lets a greedy plan skip the solver must never claim more than the solver can reach. */
class LagrangianBoundTests {

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBoundNeverExceedsWhatTheSolverFinds(long seed) {
        var problem = RandomProblems.generate(seed, 1_000 + seed * 50);
        for (var piece : Decomposition.pieces(problem)) {
            if (piece.lines().size() != 1) {
                continue;
            }
            var line = piece.lines().get(0);
            var month = piece.months().get(0);
            double penalty = CpSatAllocation.shortfallPenaltyRupiah(piece);
            var solved = CpSatAllocation.solve(piece);
            int made = solved.assignments().stream().mapToInt(Assignment::pieces).sum();
            double solverValue = solved.objective().total() + penalty * (line.piecesIn(month) - made);

            assertThat(LagrangianBound.of(piece, penalty)).isLessThanOrEqualTo(solverValue + 1);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anAcceptedGreedyPlanIsWithinTheAcceptedGapOfTheSolver(long seed) {
        var problem = RandomProblems.generate(seed, 1_000 + seed * 50);
        for (var piece : Decomposition.pieces(problem)) {
            if (piece.lines().size() != 1) {
                continue;
            }
            var chosen = Decomposition.solvePiece(piece);
            var solved = CpSatAllocation.solve(piece);
            double penalty = CpSatAllocation.shortfallPenaltyRupiah(piece);
            double chosenValue = chosen.objective().total() + penalty * chosen.shortfalls().stream().mapToInt(Shortfall::pieces).sum();
            double solverValue = solved.objective().total() + penalty * solved.shortfalls().stream().mapToInt(Shortfall::pieces).sum();

            assertThat(chosenValue).isLessThanOrEqualTo(solverValue * (1 + Decomposition.ACCEPTED_GAP) + 1);
        }
    }
}
