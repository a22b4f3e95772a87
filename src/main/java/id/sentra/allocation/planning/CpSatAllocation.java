package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import id.sentra.registry.MaterialFamily;

/**
 * The allocation as a CP-SAT model. Variables: pieces per member, line and month; a set-up flag
 * for the minimum lot; unmet pieces per line and month; deviation from the fair share per member,
 * material and month. Money is in milli-rupiah inside the model so every coefficient is an integer.
 */
final class CpSatAllocation {

    /** Solver work per solve, in CP-SAT's deterministic time units: same input, same plan, on any machine load. */
    static final double DETERMINISTIC_BUDGET = 0.3;
    private static final long MILLI = 1000;

    private final AllocationProblem problem;
    private final CpModel model = new CpModel();
    private final Map<String, IntVar> pieces = new HashMap<>();
    private final Map<String, IntVar> unmet = new HashMap<>();
    private Map<String, Integer> hint = Map.of();

    private CpSatAllocation(AllocationProblem problem) {
        this.problem = problem;
    }

    static Solution solve(AllocationProblem problem) {
        return solve(problem, GreedyHint.of(problem));
    }

    /** Solves from a first plan, pieces per member by {@link #key}. */
    static Solution solve(AllocationProblem problem, Map<String, Integer> hint) {
        Loader.loadNativeLibraries();
        var allocation = new CpSatAllocation(problem);
        allocation.hint = hint;
        return allocation.build().run();
    }

    private CpSatAllocation build() {
        var objective = LinearExpr.newBuilder();
        for (var line : problem.lines()) {
            for (var month : problem.months()) {
                demand(line, month, objective);
            }
        }
        for (var supplier : problem.suppliers()) {
            for (var month : problem.months()) {
                capacity(supplier, month);
            }
        }
        fairness(objective);
        pins();
        model.minimize(objective);
        return this;
    }

    /** Every piece is made by an eligible member or counted as unmet, at a price no plan would pay willingly. */
    private void demand(LineDemand line, YearMonth month, LinearExprBuilder objective) {
        int need = line.piecesIn(month);
        var supply = LinearExpr.newBuilder();
        for (var supplier : problem.suppliers()) {
            var offer = supplier.offers().get(line.key());
            if (offer == null || need == 0) {
                continue;
            }
            int cap = line.maxPerMember(month);
            var q = model.newIntVar(0, cap, "q");
            var setUp = model.newBoolVar("y");
            model.addGreaterOrEqual(q, LinearExpr.term(setUp, Math.min(line.minLot(), cap)));
            model.addLessOrEqual(q, LinearExpr.term(setUp, cap));
            if (line.minLot() > cap) {
                model.addEquality(setUp, 0);
            }
            pieces.put(key(supplier.memberId(), line.key(), month), q);
            int hinted = hint.getOrDefault(key(supplier.memberId(), line.key(), month), 0);
            model.addHint(q, hinted);
            model.addHint(setUp, hinted > 0 ? 1 : 0);
            supply.add(q);
            objective.addTerm(q, offer.costPerPiece() * MILLI);
        }
        var short_ = model.newIntVar(0, need, "s");
        unmet.put(line.key() + "@" + month, short_);
        supply.add(short_);
        model.addEquality(supply, need);
        objective.addTerm(short_, shortfallPenalty());
    }

    /** A member's months hold no more kilograms of a material than its capacity less work it already has. */
    private void capacity(Supplier supplier, YearMonth month) {
        var byMaterial = new HashMap<MaterialFamily, LinearExprBuilder>();
        for (var line : problem.lines()) {
            var q = pieces.get(key(supplier.memberId(), line.key(), month));
            if (q != null) {
                byMaterial.computeIfAbsent(line.material(), m -> LinearExpr.newBuilder()).addTerm(q, line.gramsPerPiece());
            }
        }
        byMaterial.forEach((material, grams) -> model.addLessOrEqual(grams, supplier.freeKg(material, month) * 1000));
    }

    /** The fairness charge: kilograms by which each member's monthly work differs from its capacity-proportional share. */
    private void fairness(LinearExprBuilder objective) {
        if (problem.fairnessRupiahPerKg() == 0) {
            return;
        }
        for (var share : FairShares.of(problem)) {
            var grams = LinearExpr.newBuilder();
            for (var line : problem.lines()) {
                var q = pieces.get(key(share.memberId(), line.key(), share.month()));
                if (q != null && line.material() == share.material()) {
                    grams.addTerm(q, line.gramsPerPiece());
                }
            }
            long target = share.targetGrams();
            var deviation = model.newIntVar(0, Math.max(target, share.maxGrams()), "d");
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(deviation).add(grams.build()), target);
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(deviation).add(target), grams.build());
            // rupiah per kg = milli-rupiah per gram
            objective.addTerm(deviation, problem.fairnessRupiahPerKg());
        }
    }

    private void pins() {
        for (var pin : problem.pins()) {
            var q = pieces.get(key(pin.memberId(), pin.lineKey(), pin.month()));
            if (q == null) {
                if (pin.pieces() > 0) {
                    model.addBoolOr(new com.google.ortools.sat.Literal[0]);
                }
                continue;
            }
            model.addEquality(q, pin.pieces());
        }
    }

    /** The same charge in rupiah, for bounds computed outside the model. */
    static double shortfallPenaltyRupiah(AllocationProblem problem) {
        return shortfallPenaltyMilli(problem) / (double) MILLI;
    }

    static long shortfallPenaltyMilli(AllocationProblem problem) {
        return new CpSatAllocation(problem).shortfallPenalty();
    }

    private long shortfallPenalty() {
        long worst = problem.suppliers().stream().flatMap(s -> s.offers().values().stream())
                .mapToLong(Supplier.Offer::costPerPiece).max().orElse(0);
        int heaviest = problem.lines().stream().mapToInt(LineDemand::gramsPerPiece).max().orElse(0);
        return (10 * worst + 1_000_000) * MILLI + 4L * heaviest * problem.fairnessRupiahPerKg();
    }

    private Solution run() {
        var solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(7).setMaxDeterministicTime(DETERMINISTIC_BUDGET).setMaxTimeInSeconds(30)
                // Stop within 0.1 % of the proven bound: the last fraction of a percent costs seconds and buys nothing.
                .setRelativeGapLimit(0.001);
        var status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Solution(SolveStatus.INFEASIBLE, List.of(), List.of(), new Objective(0, 0, 0, 0, 0));
        }
        return PlanReading.read(problem, solver, pieces, unmet,
                status == CpSolverStatus.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
    }

    static String key(long memberId, String lineKey, YearMonth month) {
        return memberId + "|" + lineKey + "|" + month;
    }
}
