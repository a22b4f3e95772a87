package id.sentra.allocation.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;

/** Reads the solver's values back into assignments, unmet pieces and the objective in rupiah. */
final class PlanReading {

    private PlanReading() {
    }

    static Solution read(AllocationProblem problem, CpSolver solver, Map<String, IntVar> pieces, Map<String, IntVar> unmet,
                         SolveStatus status) {
        var assignments = new ArrayList<Assignment>();
        for (var supplier : problem.suppliers()) {
            for (var line : problem.lines()) {
                for (var month : problem.months()) {
                    var q = pieces.get(CpSatAllocation.key(supplier.memberId(), line.key(), month));
                    int value = q == null ? 0 : (int) solver.value(q);
                    if (value > 0) {
                        assignments.add(new Assignment(supplier.memberId(), line.key(), month, value));
                    }
                }
            }
        }
        var shortfalls = new ArrayList<Shortfall>();
        for (var line : problem.lines()) {
            for (var month : problem.months()) {
                var s = unmet.get(line.key() + "@" + month);
                if (s != null && solver.value(s) > 0) {
                    shortfalls.add(new Shortfall(line.key(), month, (int) solver.value(s)));
                }
            }
        }
        return new Solution(status, assignments, shortfalls, objective(problem, assignments));
    }

    /** Price, transport and quality risk of a set of quantities at the suppliers' offers, and its fairness charge. */
    static Objective objective(AllocationProblem problem, List<Assignment> assignments) {
        long price = 0;
        long transport = 0;
        long risk = 0;
        for (var a : assignments) {
            var offer = problem.suppliers().stream().filter(s -> s.memberId() == a.memberId()).findFirst()
                    .map(s -> s.offers().get(a.lineKey())).orElse(null);
            if (offer != null) {
                price += a.pieces() * offer.pricePerPiece();
                transport += a.pieces() * offer.transportPerPiece();
                risk += a.pieces() * offer.qualityRiskPerPiece();
            }
        }
        long deviation = deviationGrams(problem, assignments);
        return new Objective(price, transport, risk, deviation * problem.fairnessRupiahPerKg() / 1000, Math.round(deviation / 1000.0));
    }

    /** Measured on the plan itself, so that a plan solved without the fairness charge shows its unfairness too. */
    static long deviationGrams(AllocationProblem problem, List<Assignment> assignments) {
        long total = 0;
        for (var share : FairShares.of(problem)) {
            long grams = 0;
            for (var a : assignments) {
                if (a.memberId() == share.memberId() && a.month().equals(share.month())) {
                    var line = Explanations.line(problem, a.lineKey());
                    if (line.material() == share.material()) {
                        grams += (long) a.pieces() * line.gramsPerPiece();
                    }
                }
            }
            total += Math.abs(grams - share.targetGrams());
        }
        return total;
    }
}
