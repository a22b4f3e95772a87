package id.sentra.quality.inspection;

import id.sentra.quality.SamplingTerms;
import id.sentra.quality.sampling.Aql;
import id.sentra.quality.sampling.InspectionLevel;
import id.sentra.quality.sampling.SamplingPlan;
import id.sentra.quality.sampling.SamplingPlans;
import id.sentra.quality.sampling.Severity;

/**
 * The plan a lot is sampled by: the inspection level and AQL of the specification revision in force (ISO 2859-1
 * Table 1 and clause 5.4), or, without a revision, general level II (clause 10.1) at AQL 1.0.
 */
final class SamplingPolicy {

    private SamplingPolicy() {
    }

    static SamplingPlan plan(int lotSize, SamplingTerms terms, Severity severity) {
        return SamplingPlans.plan(lotSize, InspectionLevel.valueOf(terms.inspectionLevel()), new Aql(terms.aqlPercent()), severity);
    }

    /** As printed, e.g. "ISO 2859-1, level II, AQL 1.0, NORMAL: J, n = 80, Ac 2, Re 3". */
    static String text(SamplingTerms terms, SamplingPlan plan) {
        return "ISO 2859-1, " + terms + ", " + plan.severity() + ": "
                + plan.codeLetter() + ", n = " + plan.sampleSize() + ", Ac " + plan.acceptance() + ", Re " + plan.rejection()
                + (plan.fullInspection() ? " (100 %)" : "");
    }
}
