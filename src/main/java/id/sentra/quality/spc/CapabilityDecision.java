package id.sentra.quality.spc;

/**
 * Decision bands for capability indices, from Sentra's shared capability_thresholds.csv: the AIAG
 * PPAP preliminary study (Ppk > 1.67 meets acceptance, 1.33–1.67 may not meet customer
 * requirements, < 1.33 does not meet; global-faq.com quoting the PPAP manual) and ongoing
 * production (Cpk >= 1.33 required, specialty1partners.lsm.works; Cpk < 1.00 incapable by convention).
 */
public enum CapabilityDecision {
    /** Preliminary study: Ppk above 1.67; ongoing: Cpk at least 1.33. */
    ACCEPTABLE,
    /** Preliminary study: Ppk 1.33 to 1.67; ongoing: Cpk 1.00 to below 1.33. Talk to the customer. */
    CONDITIONAL,
    /** Preliminary study: Ppk below 1.33; ongoing: Cpk below 1.00. */
    UNACCEPTABLE;

    static final double PRELIMINARY_ACCEPT = 1.67;
    static final double PRELIMINARY_CONDITIONAL = 1.33;
    static final double ONGOING_ACCEPT = 1.33;
    static final double ONGOING_INCAPABLE = 1.00;

    public static CapabilityDecision forPreliminaryPpk(double ppk) {
        if (ppk > PRELIMINARY_ACCEPT) {
            return ACCEPTABLE;
        }
        return ppk >= PRELIMINARY_CONDITIONAL ? CONDITIONAL : UNACCEPTABLE;
    }

    public static CapabilityDecision forOngoingCpk(double cpk) {
        if (cpk >= ONGOING_ACCEPT) {
            return ACCEPTABLE;
        }
        return cpk >= ONGOING_INCAPABLE ? CONDITIONAL : UNACCEPTABLE;
    }
}
