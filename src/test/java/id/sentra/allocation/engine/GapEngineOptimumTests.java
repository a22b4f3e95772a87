package id.sentra.allocation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Property-style check: on small random instances of every type, the engine matches brute force. */
class GapEngineOptimumTests {

    private static final int INSTANCES_PER_TYPE = 5;

    @ParameterizedTest
    @EnumSource(BeasleyGapGenerator.Type.class)
    void matchesTheBruteForceOptimumOnSmallRandomInstances(BeasleyGapGenerator.Type type) {
        BeasleyGapGenerator generator = new BeasleyGapGenerator(2024 + type.ordinal());
        for (int k = 0; k < INSTANCES_PER_TYPE; k++) {
            GapProblem problem = generator.generate(type, 3, 9);
            long optimum = bruteForce(problem, new int[problem.jobs()], 0);

            GapResult result = new GapEngine().solve(problem, SolveBudget.wallClock(Duration.ofSeconds(2)));

            if (optimum == Long.MAX_VALUE) {
                assertThat(result.status()).as("instance %d of type %s", k, type).isEqualTo(GapStatus.INFEASIBLE);
            } else {
                assertThat(result.plan().cost()).as("instance %d of type %s", k, type).isEqualTo(optimum);
                assertThat(result.status()).isEqualTo(GapStatus.OPTIMAL);
            }
        }
    }

    /** Cheapest feasible completion of the first {@code job} choices, by enumerating all m^n assignments. */
    private static long bruteForce(GapProblem problem, int[] agentOfJob, int job) {
        if (job == problem.jobs()) {
            return problem.isFeasible(agentOfJob) ? problem.costOf(agentOfJob) : Long.MAX_VALUE;
        }
        long best = Long.MAX_VALUE;
        for (int agent = 0; agent < problem.agents(); agent++) {
            agentOfJob[job] = agent;
            best = Math.min(best, bruteForce(problem, agentOfJob, job + 1));
        }
        return best;
    }
}
