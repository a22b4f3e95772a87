package id.sentra.allocation.engine;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** The outcome of one solve: the best plan found (none if infeasible), the best proven lower bound and the time taken. */
public record GapResult(@Nullable GapPlan plan, long bound, GapStatus status, Duration elapsed) {

    /** Builds the result, calling it optimal when the plan's cost meets the bound. */
    static GapResult of(@Nullable GapPlan plan, long bound, Duration elapsed) {
        if (plan == null) {
            return new GapResult(null, bound, GapStatus.INFEASIBLE, elapsed);
        }
        boolean optimal = bound >= plan.cost();
        return new GapResult(plan, Math.min(bound, plan.cost()), optimal ? GapStatus.OPTIMAL : GapStatus.FEASIBLE, elapsed);
    }
}
