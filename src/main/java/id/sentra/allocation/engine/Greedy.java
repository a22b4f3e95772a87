package id.sentra.allocation.engine;

import org.jspecify.annotations.Nullable;

/** Starting points for the searches. */
final class Greedy {

    private Greedy() {
    }

    /**
     * Every job on its cheapest allowed agent, capacity ignored: the tabu search's penalties then pull the
     * plan into the feasible region. Null when some job has no allowed agent at all.
     */
    static int @Nullable [] cheapest(GapProblem problem) {
        int[] agentOf = new int[problem.jobs()];
        for (int j = 0; j < problem.jobs(); j++) {
            int bestAgent = -1;
            for (int i = 0; i < problem.agents(); i++) {
                if (problem.allowed(i, j) && (bestAgent < 0 || problem.cost(i, j) < problem.cost(bestAgent, j))) {
                    bestAgent = i;
                }
            }
            if (bestAgent < 0) {
                return null;
            }
            agentOf[j] = bestAgent;
        }
        return agentOf;
    }
}
