package id.sentra.allocation.planning;

import java.util.List;

/** The raw result of one solve: the quantities, the unmet pieces and the objective. */
record Solution(SolveStatus status, List<Assignment> assignments, List<Shortfall> shortfalls, Objective objective) {
}
