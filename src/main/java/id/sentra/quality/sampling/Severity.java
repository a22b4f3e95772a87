package id.sentra.quality.sampling;

/** The severity of inspection (ISO 2859-1 clause 9): which master table, 2-A, 2-B or 2-C, gives the plan. */
public enum Severity {
    NORMAL, TIGHTENED, REDUCED
}
