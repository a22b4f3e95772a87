package id.sentra.allocation;

import id.sentra.allocation.planning.AllocationPlan;
import id.sentra.allocation.planning.AllocationProblem;
import id.sentra.demand.ContractView;

/** Everything the plan page shows: the stored plan, its contract, the problem it solved, and the explained plan. */
public record PlanPage(Allocation allocation, ContractView contract, AllocationProblem problem, AllocationPlan plan) {

    /** Every piece is placed, so the plan can be published. */
    public boolean complete() {
        return plan.complete();
    }
}
