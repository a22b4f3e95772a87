package id.sentra.allocation;

import java.util.List;

import id.sentra.allocation.planning.AllocationPlan;
import id.sentra.allocation.planning.AllocationProblem;
import id.sentra.demand.ContractView;

/**
 * Everything the plan page shows: the stored plan, its contract, the problem read with today's
 * data, the explained plan, and the members whose price or eligibility moved since it was solved.
 */
public record PlanPage(Allocation allocation, ContractView contract, AllocationProblem problem, AllocationPlan plan,
                       List<String> changedMembers) {

    /** Every piece is placed, so the plan can be published. */
    public boolean complete() {
        return plan.complete();
    }
}
