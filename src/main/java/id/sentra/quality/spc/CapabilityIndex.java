package id.sentra.quality.spc;

/** A capability index with its two-sided confidence interval. */
public record CapabilityIndex(double value, double lower, double upper) {
}
