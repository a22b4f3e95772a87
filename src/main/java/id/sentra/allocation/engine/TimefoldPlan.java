package id.sentra.allocation.engine;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import org.jspecify.annotations.Nullable;

/** The plain Timefold model of a GAP: agents as values, jobs as entities. */
@PlanningSolution
public class TimefoldPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TimefoldAgent> agents = new ArrayList<>();
    @PlanningEntityCollectionProperty
    private List<TimefoldJob> jobs = new ArrayList<>();
    @PlanningScore
    private @Nullable HardSoftLongScore score;

    /** For Timefold's planning clone. */
    public TimefoldPlan() {
    }

    TimefoldPlan(GapProblem problem) {
        for (int i = 0; i < problem.agents(); i++) {
            agents.add(new TimefoldAgent(i, problem.capacity(i)));
        }
        for (int j = 0; j < problem.jobs(); j++) {
            jobs.add(new TimefoldJob(j, problem));
        }
    }

    public List<TimefoldAgent> getAgents() {
        return agents;
    }

    public List<TimefoldJob> getJobs() {
        return jobs;
    }

    public @Nullable HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardSoftLongScore score) {
        this.score = score;
    }
}
