package id.sentra.allocation.engine;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** The GAP's rules as Timefold constraints. */
public class TimefoldGapConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {agentCapacity(factory), allowedAgent(factory), assignmentCost(factory)};
    }

    /** No agent carries more than its capacity; each unit over costs one hard point. */
    Constraint agentCapacity(ConstraintFactory factory) {
        return factory.forEach(TimefoldJob.class)
                .groupBy(TimefoldJob::getAgent, sumLong(TimefoldJob::size))
                .filter((agent, load) -> load > agent.capacity())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (agent, load) -> load - agent.capacity())
                .asConstraint("agent capacity");
    }

    /** A job never goes to an agent it is forbidden on. */
    Constraint allowedAgent(ConstraintFactory factory) {
        return factory.forEach(TimefoldJob.class)
                .filter(TimefoldJob::onForbiddenAgent)
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint("allowed agent");
    }

    /** Every assignment costs what the job costs on its agent. */
    Constraint assignmentCost(ConstraintFactory factory) {
        return factory.forEach(TimefoldJob.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, TimefoldJob::cost)
                .asConstraint("assignment cost");
    }
}
