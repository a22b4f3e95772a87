package id.sentra.allocation.planning;

import java.util.List;

/**
 * A proposed split: the quantities, what cannot be made and what would fix it, the objective part
 * by part, what fairness costs against the cheapest plan, and each member's explanation.
 */
public record AllocationPlan(SolveStatus status, List<Assignment> assignments, List<Shortfall> shortfalls,
                             List<Because> remedies, Objective objective, Objective cheapest, List<MemberPlan> members) {

    /** Rupiah the cooperative pays for sharing work fairly, against the cheapest plan. */
    public long costOfFairness() {
        return objective.cost() - cheapest.cost();
    }

    public boolean complete() {
        return status != SolveStatus.INFEASIBLE && shortfalls.isEmpty();
    }
}
