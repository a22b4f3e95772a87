package id.sentra.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A lot's inspection as certificates, scorecards and SPC read it: the sampling plan used, the
 * measurements of the sampled parts per characteristic, the rules checked, Sentra's decision and,
 * where an operator overrode it, the decision that stands and why.
 *
 * @param samplingPlan the plan as printed, e.g. "ISO 2859-1, level II, AQL 1.0, normal: J, n = 80, Ac 2, Re 3"
 * @param measurements characteristic name to the values measured on the sampled parts, in sample order
 * @param wallMm the casting's governing wall thickness the tensile minimum was read for, where one was given
 */
public record LotInspection(
        long lotId,
        long workOrderId,
        long memberId,
        long cooperativeId,
        LocalDate inspectedOn,
        String inspector,
        String specRevision,
        String samplingPlan,
        int sampleSize,
        int defectives,
        Map<String, List<BigDecimal>> measurements,
        List<RuleCheck> checks,
        Disposition decided,
        Disposition standing,
        @Nullable String overrideReason,
        @Nullable String overriddenBy,
        @Nullable BigDecimal wallMm) {

    public LotInspection {
        measurements = Map.copyOf(measurements);
        checks = List.copyOf(checks);
    }

    /** An inspection without a governing wall thickness (none needed: no grey-iron cast-on or cut-out test bar). */
    public LotInspection(long lotId, long workOrderId, long memberId, long cooperativeId, LocalDate inspectedOn, String inspector,
                         String specRevision, String samplingPlan, int sampleSize, int defectives,
                         Map<String, List<BigDecimal>> measurements, List<RuleCheck> checks, Disposition decided,
                         Disposition standing, @Nullable String overrideReason, @Nullable String overriddenBy) {
        this(lotId, workOrderId, memberId, cooperativeId, inspectedOn, inspector, specRevision, samplingPlan, sampleSize, defectives,
                measurements, checks, decided, standing, overrideReason, overriddenBy, null);
    }

    public boolean overridden() {
        return overrideReason != null;
    }
}
