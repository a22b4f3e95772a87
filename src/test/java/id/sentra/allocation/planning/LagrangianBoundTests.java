package id.sentra.allocation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bound that lets a searched plan skip the solver must never claim more than the solver can reach, with one line or several. */
class LagrangianBoundTests {

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBoundNeverExceedsWhatTheSolverFinds(long seed) {
        var problem = RandomProblems.generate(seed, 1_000 + seed * 50);
        for (var piece : Decomposition.pieces(problem)) {
            var model = new PieceModel(piece);
            model.placePins();
            long solverValue = Decomposition.valueOf(model, CpSatAllocation.solve(piece));

            assertThat(LagrangianBound.of(model)).as("%d lines", piece.lines().size()).isLessThanOrEqualTo(solverValue + 1.0);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anAcceptedPlanIsWithinTheAcceptedGapOfTheSolver(long seed) {
        var problem = RandomProblems.generate(seed, 1_000 + seed * 50);
        for (var piece : Decomposition.pieces(problem)) {
            var chosen = Decomposition.solvePiece(piece);
            var solved = CpSatAllocation.solve(piece);
            double penalty = CpSatAllocation.shortfallPenaltyRupiah(piece);
            double chosenValue = chosen.objective().total() + penalty * chosen.shortfalls().stream().mapToInt(Shortfall::pieces).sum();
            double solverValue = solved.objective().total() + penalty * solved.shortfalls().stream().mapToInt(Shortfall::pieces).sum();

            assertThat(chosenValue).isLessThanOrEqualTo(solverValue * (1 + Decomposition.ACCEPTED_GAP) + 1);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aBoundRaisedInStepsEndsWhereOneSearchEnds(long seed) {
        var problem = RandomProblems.generate(seed, 1_000 + seed * 50);
        for (var piece : Decomposition.pieces(problem)) {
            var model = new PieceModel(piece);
            model.placePins();
            var stepped = LagrangianBound.searching(model);
            double first = stepped.raiseTo(Double.NEGATIVE_INFINITY);
            double halfway = stepped.raiseTo(first + Math.abs(first) * 0.001);

            assertThat(stepped.raiseTo(Double.POSITIVE_INFINITY)).isGreaterThanOrEqualTo(halfway).isEqualTo(LagrangianBound.of(model));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPieceReportedOptimalIsNeverBeatenByTheSolver(long seed) {
        var problem = RandomProblems.generate(seed, 1_000 + seed * 50);
        for (var piece : Decomposition.pieces(problem)) {
            var chosen = Decomposition.solvePiece(piece);
            if (chosen.status() != SolveStatus.OPTIMAL) {
                continue;
            }
            var model = new PieceModel(piece);
            model.placePins();

            assertThat(Decomposition.valueOf(model, chosen)).isLessThanOrEqualTo(Decomposition.valueOf(model, CpSatAllocation.solve(piece)) + 1_000);
        }
    }
}
