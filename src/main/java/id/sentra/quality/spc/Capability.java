package id.sentra.quality.spc;

import org.jspecify.annotations.Nullable;

/**
 * Process capability of one characteristic against its specification: potential (Cp, Pp; two-sided
 * specifications only) and actual (Cpk, Ppk) with confidence intervals, the expected parts per
 * million outside the specification under a normal model with the overall sigma, and the decisions.
 *
 * @param cp (USL - LSL) / 6 sigma-within; null for a one-sided specification
 * @param cpk min(USL - mean, mean - LSL) / 3 sigma-within, over the limits present
 * @param pp as Cp with the overall (sample) standard deviation; null when one-sided
 * @param ppk as Cpk with the overall standard deviation
 */
public record Capability(SpecLimits spec, int n, double mean, double sigmaWithin, double sigmaOverall,
                         double confidence, @Nullable CapabilityIndex cp, CapabilityIndex cpk,
                         @Nullable CapabilityIndex pp, CapabilityIndex ppk, double expectedPpm) {

    /** AIAG PPAP preliminary-study decision on Ppk. */
    public CapabilityDecision preliminaryDecision() {
        return CapabilityDecision.forPreliminaryPpk(ppk.value());
    }

    /** Ongoing-production decision on Cpk. */
    public CapabilityDecision ongoingDecision() {
        return CapabilityDecision.forOngoingCpk(cpk.value());
    }
}
