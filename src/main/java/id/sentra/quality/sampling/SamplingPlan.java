package id.sentra.quality.sampling;

/**
 * A single sampling plan as the inspector applies it: draw {@code sampleSize} items, accept the lot
 * with at most {@code acceptance} nonconforming, reject it from {@code rejection} on.
 *
 * @param indexedLetter the code letter from Table 1 for the lot size and inspection level
 * @param codeLetter the code letter whose plan is used, after following the table's arrows
 * @param fullInspection the sample would be as large as the lot, so every item is inspected
 *        (footnote to ISO 2859-1 Tables 2-A to 2-C); {@code sampleSize} is then the lot size
 * @param tighterAcceptance Ac of the same table one AQL step tighter, for the switching score of
 *        ISO 2859-1:1999 clause 9.3.3; -1 at the tightest AQL
 */
public record SamplingPlan(Severity severity, Aql aql, CodeLetter indexedLetter, CodeLetter codeLetter,
                           int sampleSize, int acceptance, int rejection, boolean fullInspection,
                           int tighterAcceptance) {

    public SamplingPlan {
        if (rejection <= acceptance || sampleSize < 1) {
            throw new IllegalArgumentException("a plan needs n >= 1 and Re > Ac, got n=" + sampleSize
                    + " Ac=" + acceptance + " Re=" + rejection);
        }
    }

    /** Judges a lot by the number of nonconforming items found in the sample. */
    public LotOutcome judge(int nonconforming, boolean productionSteady) {
        if (nonconforming < 0 || nonconforming > sampleSize) {
            throw new IllegalArgumentException("nonconforming must be 0.." + sampleSize + ", was " + nonconforming);
        }
        LotOutcome.Verdict verdict;
        if (nonconforming <= acceptance) {
            verdict = LotOutcome.Verdict.ACCEPTED;
        } else if (nonconforming >= rejection) {
            verdict = LotOutcome.Verdict.NOT_ACCEPTED;
        } else {
            // Z1.4 clause 10.1.4: between Ac and Re on reduced inspection the lot is accepted, normal reinstated.
            verdict = LotOutcome.Verdict.ACCEPTED_REINSTATE_NORMAL;
        }
        return new LotOutcome(verdict, acceptance, nonconforming <= tighterAcceptance, productionSteady);
    }
}
