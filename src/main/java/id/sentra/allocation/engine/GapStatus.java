package id.sentra.allocation.engine;

/** What a solve established about its plan. */
public enum GapStatus {
    /** The plan's cost equals the proven lower bound. */
    OPTIMAL,
    /** A plan was found, but a cheaper one may exist. */
    FEASIBLE,
    /** No plan exists (proven), or none was found within the budget. */
    INFEASIBLE
}
