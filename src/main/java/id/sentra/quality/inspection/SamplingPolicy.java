package id.sentra.quality.inspection;

import id.sentra.quality.sampling.Aql;
import id.sentra.quality.sampling.InspectionLevel;
import id.sentra.quality.sampling.SamplingPlan;
import id.sentra.quality.sampling.SamplingPlans;
import id.sentra.quality.sampling.Severity;

/**
 * The plan a lot is sampled by: ISO 2859-1 general inspection level II (clause 10.1: "unless otherwise specified,
 * level II shall be used") at AQL 1.0 %, the common default for cast parts without a buyer's figure.
 */
final class SamplingPolicy {

    static final InspectionLevel LEVEL = InspectionLevel.II;
    static final Aql AQL = Aql.of("1.0");

    private SamplingPolicy() {
    }

    static SamplingPlan plan(int lotSize, Severity severity) {
        return SamplingPlans.plan(lotSize, LEVEL, AQL, severity);
    }

    /** As printed, e.g. "ISO 2859-1, level II, AQL 1.0, NORMAL: J, n = 80, Ac 2, Re 3". */
    static String text(SamplingPlan plan) {
        return "ISO 2859-1, level " + LEVEL + ", AQL " + AQL.percent().toPlainString() + ", " + plan.severity() + ": "
                + plan.codeLetter() + ", n = " + plan.sampleSize() + ", Ac " + plan.acceptance() + ", Re " + plan.rejection()
                + (plan.fullInspection() ? " (100 %)" : "");
    }
}
