package id.sentra.allocation.planning;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Solves an allocation and explains it: the plan at the cooperative's fairness weight, the
 * cheapest plan beside it (so the cost of fairness is shown in rupiah), and, where demand cannot
 * be met, what would fix it.
 */
@Component
public class Planner {

    public AllocationPlan plan(AllocationProblem problem) {
        var solution = Decomposition.solve(problem);
        var cheapest = problem.fairnessRupiahPerKg() == 0 ? solution : Decomposition.solve(problem.withFairness(0));
        return new AllocationPlan(solution.status(), solution.assignments(), solution.shortfalls(),
                remedies(problem, solution), solution.objective(), cheapest.objective(), Explanations.explain(problem, solution));
    }

    /**
     * A stored plan read again against today's problem, without solving: the shortfalls, the
     * objective and the explanations of those quantities.
     */
    public AllocationPlan reread(AllocationProblem problem, List<Assignment> assignments, SolveStatus status, Objective cheapest) {
        var shortfalls = new ArrayList<Shortfall>();
        for (var line : problem.lines()) {
            for (var month : problem.months()) {
                int made = assignments.stream().filter(a -> a.lineKey().equals(line.key()) && a.month().equals(month))
                        .mapToInt(Assignment::pieces).sum();
                if (made < line.piecesIn(month)) {
                    shortfalls.add(new Shortfall(line.key(), month, line.piecesIn(month) - made));
                }
            }
        }
        var objective = PlanReading.objective(problem, assignments);
        var solution = new Solution(status, List.copyOf(assignments), shortfalls, objective);
        return new AllocationPlan(status, solution.assignments(), shortfalls, remedies(problem, solution), objective, cheapest,
                Explanations.explain(problem, solution));
    }

    private static List<Because> remedies(AllocationProblem problem, Solution solution) {
        var remedies = new ArrayList<Because>();
        if (solution.status() == SolveStatus.INFEASIBLE) {
            remedies.add(Because.of("alloc.remedy.pins"));
            return remedies;
        }
        for (var line : problem.lines()) {
            int short_ = solution.shortfalls().stream().filter(s -> s.lineKey().equals(line.key())).mapToInt(Shortfall::pieces).sum();
            if (short_ == 0) {
                continue;
            }
            long eligible = problem.suppliers().stream().filter(s -> s.offers().containsKey(line.key())).count();
            remedies.add(Because.of("alloc.remedy.capacity", line.label(), short_, (long) short_ * line.gramsPerPiece() / 1000, eligible));
            if (line.maxShare() < 1) {
                remedies.add(Because.of("alloc.remedy.maxShare", line.label(), Math.round(line.maxShare() * 100)));
            }
            problem.suppliers().stream().filter(s -> !s.offers().containsKey(line.key()))
                    .filter(s -> s.lacks().getOrDefault(line.key(), List.of()).size() == 1)
                    .limit(5)
                    .forEach(s -> remedies.add(Because.of("alloc.remedy.almost", s.name(), line.label(), s.lacks().get(line.key()).get(0))));
        }
        return remedies;
    }
}
