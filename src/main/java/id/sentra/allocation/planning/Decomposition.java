package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.sentra.registry.MaterialFamily;

/**
 * The allocation falls apart into independent pieces: one per material family and month, since
 * capacity, minimum lots, maximum shares and fair shares are all per member, material and month.
 * Solving the pieces one by one is exact and keeps each model small.
 */
final class Decomposition {

    private Decomposition() {
    }

    static List<AllocationProblem> pieces(AllocationProblem problem) {
        var pieces = new ArrayList<AllocationProblem>();
        for (var material : MaterialFamily.values()) {
            var lines = problem.lines().stream().filter(l -> l.material() == material).toList();
            if (lines.isEmpty()) {
                continue;
            }
            for (YearMonth month : problem.months()) {
                if (lines.stream().allMatch(l -> l.piecesIn(month) == 0)) {
                    continue;
                }
                var pins = problem.pins().stream()
                        .filter(p -> p.month().equals(month) && lines.stream().anyMatch(l -> l.key().equals(p.lineKey()))).toList();
                pieces.add(new AllocationProblem(lines, problem.suppliers(), List.of(month), pins, problem.fairnessRupiahPerKg()));
            }
        }
        return pieces;
    }

    /** Within this share of the bound a greedy plan is taken as it is; the solver could gain at most that much. */
    static final double ACCEPTED_GAP = 0.005;

    /**
     * A piece of one line without pins is solved greedily when the greedy plan is within
     * {@link #ACCEPTED_GAP} of the Lagrangian bound; otherwise CP-SAT solves it, starting from the greedy plan.
     */
    static Solution solvePiece(AllocationProblem piece) {
        if (piece.lines().size() == 1 && piece.pins().isEmpty()) {
            var line = piece.lines().get(0);
            var month = piece.months().get(0);
            var lots = assignments(GreedyHint.of(piece), line, month);
            int made = lots.stream().mapToInt(Assignment::pieces).sum();
            double penalty = CpSatAllocation.shortfallPenaltyRupiah(piece);
            double value = PlanReading.objective(piece, lots).total() + penalty * (line.piecesIn(month) - made);
            double bound = LagrangianBound.of(piece, penalty);
            if (value <= bound + Math.max(1, bound * ACCEPTED_GAP)) {
                var shortfalls = made < line.piecesIn(month) ? List.of(new Shortfall(line.key(), month, line.piecesIn(month) - made)) : List.<Shortfall>of();
                return new Solution(value <= bound + 1 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE, lots, shortfalls,
                        PlanReading.objective(piece, lots));
            }
        }
        return CpSatAllocation.solve(piece);
    }

    private static List<Assignment> assignments(java.util.Map<String, Integer> pieces, LineDemand line, YearMonth month) {
        var list = new ArrayList<Assignment>();
        pieces.forEach((key, n) -> {
            if (n > 0) {
                list.add(new Assignment(Long.parseLong(key.substring(0, key.indexOf('|'))), line.key(), month, n));
            }
        });
        list.sort(java.util.Comparator.comparingLong(Assignment::memberId));
        return list;
    }

    static Solution solve(AllocationProblem problem) {
        var assignments = new ArrayList<Assignment>();
        var shortfalls = new ArrayList<Shortfall>();
        var status = SolveStatus.OPTIMAL;
        // Pieces are independent and each solve is deterministic, so solving them side by side changes nothing but the wait.
        var solutions = pieces(problem).parallelStream().map(Decomposition::solvePiece).toList();
        for (var solution : solutions) {
            if (solution.status() == SolveStatus.INFEASIBLE) {
                return new Solution(SolveStatus.INFEASIBLE, List.of(), List.of(), new Objective(0, 0, 0, 0, 0));
            }
            if (solution.status() == SolveStatus.FEASIBLE) {
                status = SolveStatus.FEASIBLE;
            }
            assignments.addAll(solution.assignments());
            shortfalls.addAll(solution.shortfalls());
        }
        // Pins on months or lines outside the schedule have nowhere to go.
        boolean strayPin = problem.pins().stream().anyMatch(p -> p.pieces() > 0 && pieces(problem).stream()
                .noneMatch(piece -> piece.pins().contains(p)));
        if (strayPin) {
            return new Solution(SolveStatus.INFEASIBLE, List.of(), List.of(), new Objective(0, 0, 0, 0, 0));
        }
        return new Solution(status, assignments, shortfalls, PlanReading.objective(problem, assignments));
    }
}
