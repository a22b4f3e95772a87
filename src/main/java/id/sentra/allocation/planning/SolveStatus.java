package id.sentra.allocation.planning;

/** How far the solver got: proven best, a good plan within the budget, or no plan (e.g. pins that clash). */
public enum SolveStatus {
    OPTIMAL, FEASIBLE, INFEASIBLE;

    public String messageKey() {
        return "enum.SolveStatus." + name();
    }
}
