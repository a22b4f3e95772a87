package id.sentra.allocation.engine;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.jspecify.annotations.Nullable;

/** A job in the plain Timefold model: its agent is the one planning variable. */
@PlanningEntity
public class TimefoldJob {

    private int index;
    private long[] costs = new long[0];
    private long[] sizes = new long[0];
    private boolean[] allowed = new boolean[0];
    private boolean pinned;
    @PlanningVariable
    private @Nullable TimefoldAgent agent;

    /** For Timefold's planning clone. */
    public TimefoldJob() {
    }

    TimefoldJob(int index, GapProblem problem) {
        this.index = index;
        int agents = problem.agents();
        costs = new long[agents];
        sizes = new long[agents];
        allowed = new boolean[agents];
        for (int i = 0; i < agents; i++) {
            costs[i] = problem.cost(i, index);
            sizes[i] = problem.size(i, index);
            allowed[i] = problem.allowed(i, index);
        }
        pinned = problem.pinnedAgent(index) != GapProblem.FREE;
        if (pinned) {
            agent = new TimefoldAgent(problem.pinnedAgent(index), problem.capacity(problem.pinnedAgent(index)));
        }
    }

    public int getIndex() {
        return index;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public @Nullable TimefoldAgent getAgent() {
        return agent;
    }

    public void setAgent(@Nullable TimefoldAgent agent) {
        this.agent = agent;
    }

    long cost() {
        return agent == null ? 0 : costs[agent.index()];
    }

    long size() {
        return agent == null ? 0 : sizes[agent.index()];
    }

    boolean onForbiddenAgent() {
        return agent != null && !allowed[agent.index()];
    }
}
