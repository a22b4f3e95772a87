package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Within this share of the bound a plan is taken as it is; the solver could gain at most that much. */
    static final double ACCEPTED_GAP = 0.005;
    /** Within this share of the bound the bound is searched on to try to prove the plan optimal; farther off it rarely can. */
    static final double PROVABLE_GAP = 0.0001;

    /**
     * A piece is planned greedily and improved by local search; when the plan is within
     * {@link #ACCEPTED_GAP} of the Lagrangian bound it stands, otherwise CP-SAT solves the piece
     * from it. Pins that cannot all be held go to CP-SAT straight away, which proves it.
     */
    static Solution solvePiece(AllocationProblem piece) {
        var model = new PieceModel(piece);
        if (!model.placePins()) {
            return CpSatAllocation.solve(piece);
        }
        var search = LocalSearch.start(model, GreedyHint.of(piece)).improve();
        if (piece.lines().size() > 1) {
            // The greedy fills lines one after another; filled the other way round it shares capacity differently.
            var reversed = new AllocationProblem(piece.lines().reversed(), piece.suppliers(), piece.months(), piece.pins(), piece.fairnessRupiahPerKg());
            var other = LocalSearch.start(model, GreedyHint.of(reversed)).improve();
            search = other.value() < search.value() ? other : search;
        }
        long value = search.value();
        // The bound is searched only until it accepts the plan ...
        var bounding = LagrangianBound.searching(model);
        double bound = bounding.raiseTo(value / (1 + ACCEPTED_GAP));
        boolean accepted = value <= bound + Math.max(MILLI, bound * ACCEPTED_GAP);
        if (accepted && value - bound <= bound * PROVABLE_GAP) {
            // ... and on, through its remaining fixed rounds, when the plan is close enough to it that it may prove the plan optimal.
            bound = bounding.raiseTo(value - MILLI);
        }
        var plan = solution(model, search, value <= bound + MILLI ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
        if (accepted) {
            return plan;
        }
        var solved = CpSatAllocation.solve(piece, hint(model, search));
        // The solver starts from the plan, so it only gets worse if its budget ends before it has taken the hint.
        return solved.status() == SolveStatus.INFEASIBLE || valueOf(model, solved) > value ? plan : solved;
    }

    private static final long MILLI = 1000;

    private static Solution solution(PieceModel model, LocalSearch search, SolveStatus status) {
        var assignments = model.assignments(search.quantities());
        var shortfalls = new ArrayList<Shortfall>();
        for (int l = 0; l < model.lines(); l++) {
            if (search.unmet(l) > 0) {
                shortfalls.add(new Shortfall(model.lines.get(l).key(), model.month, search.unmet(l)));
            }
        }
        return new Solution(status, assignments, shortfalls, PlanReading.objective(model.piece, assignments));
    }

    private static Map<String, Integer> hint(PieceModel model, LocalSearch search) {
        var hint = new HashMap<String, Integer>();
        model.assignments(search.quantities()).forEach(a -> hint.put(CpSatAllocation.key(a.memberId(), a.lineKey(), a.month()), a.pieces()));
        return hint;
    }

    /** A solved plan's value in the model's milli-rupiah, unmet pieces at the penalty. */
    static long valueOf(PieceModel model, Solution solution) {
        var q = new int[model.members()][model.lines()];
        for (var a : solution.assignments()) {
            q[model.memberIndex(a.memberId())][model.lineIndex(a.lineKey())] += a.pieces();
        }
        long value = 0;
        for (int i = 0; i < model.members(); i++) {
            value += model.memberCost(i, q[i]);
        }
        return value + model.penalty * solution.shortfalls().stream().mapToLong(Shortfall::pieces).sum();
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
