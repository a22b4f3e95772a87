package id.sentra.quality.sampling;

/**
 * What one lot's inspection tells the switching rules: the verdict, the acceptance number it was
 * judged by, whether it would also have passed one AQL step tighter, and whether production is steady.
 */
public record LotOutcome(Verdict verdict, int acceptanceNumber, boolean acceptedAtTighterAql,
                         boolean productionSteady) {

    public enum Verdict { ACCEPTED, ACCEPTED_REINSTATE_NORMAL, NOT_ACCEPTED }

    public boolean accepted() {
        return verdict != Verdict.NOT_ACCEPTED;
    }

    public static LotOutcome accepted(int acceptanceNumber, boolean atTighterAql) {
        return new LotOutcome(Verdict.ACCEPTED, acceptanceNumber, atTighterAql, true);
    }

    public static LotOutcome notAccepted(int acceptanceNumber) {
        return new LotOutcome(Verdict.NOT_ACCEPTED, acceptanceNumber, false, true);
    }
}
