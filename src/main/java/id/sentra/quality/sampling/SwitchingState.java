package id.sentra.quality.sampling;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a stream of lots stands in the ISO 2859-1:1999 switching rules (clause 9, Figure 1): the
 * severity, whether inspection is discontinued, and the counters the rules need. Immutable: each
 * lot's outcome gives the next state and the reason.
 *
 * @param recentNormal outcomes of the last (up to) five lots on normal inspection, true = not accepted
 * @param consecutiveAccepted lots accepted in a row on tightened inspection
 * @param notAcceptedOnTightened lots not accepted since tightened inspection began (clause 9.4)
 * @param switchingScore the score of clause 9.3.3, counted on normal inspection
 * @param reducedApproved the responsible authority allows reduced inspection
 */
public record SwitchingState(Severity severity, boolean discontinued, List<Boolean> recentNormal,
                             int consecutiveAccepted, int notAcceptedOnTightened, int switchingScore,
                             boolean reducedApproved) {

    /** The state after a lot, and the rule that moved it. */
    public record Transition(SwitchingState state, SwitchReason reason) {
    }

    static final int WINDOW = 5;
    static final int SCORE_FOR_REDUCED = 30;

    public SwitchingState {
        recentNormal = List.copyOf(recentNormal);
    }

    /** Inspection starts on normal (clause 9.1), score zero. */
    public static SwitchingState start(boolean reducedApproved) {
        return fresh(Severity.NORMAL, reducedApproved);
    }

    public SwitchingState withReducedApproved(boolean approved) {
        return new SwitchingState(severity, discontinued, recentNormal, consecutiveAccepted,
                notAcceptedOnTightened, switchingScore, approved);
    }

    /**
     * Clause 9.3.3 c): the responsible authority approves reduced inspection. With the switching score already at 30
     * on normal inspection (and production steady, which the approver vouches for) reduced starts at once; otherwise
     * it starts when a later lot brings the score there.
     */
    public Transition approveReduced() {
        if (reducedApproved) {
            throw new IllegalStateException("reduced inspection is already approved");
        }
        if (severity == Severity.NORMAL && !discontinued && switchingScore >= SCORE_FOR_REDUCED) {
            return new Transition(fresh(Severity.REDUCED, true), SwitchReason.SWITCHING_SCORE_REACHED);
        }
        return stay(withReducedApproved(true));
    }

    /** Whether the score of 9.3.3 is reached on normal inspection, so only the authority's approval is missing. */
    public boolean waitsForReducedApproval() {
        return severity == Severity.NORMAL && !discontinued && !reducedApproved && switchingScore >= SCORE_FOR_REDUCED;
    }

    public Transition next(LotOutcome lot) {
        if (discontinued) {
            throw new IllegalStateException("inspection is discontinued (ISO 2859-1 9.4): resume() after corrective action first");
        }
        return switch (severity) {
            case NORMAL -> afterNormal(lot);
            case TIGHTENED -> afterTightened(lot);
            case REDUCED -> afterReduced(lot);
        };
    }

    /** Clause 9.4: after the supplier's corrective action, inspection resumes on tightened. */
    public Transition resume() {
        if (!discontinued) {
            throw new IllegalStateException("inspection is not discontinued; it is " + severity);
        }
        return new Transition(fresh(Severity.TIGHTENED, reducedApproved), SwitchReason.RESUMED_AFTER_CORRECTIVE_ACTION);
    }

    /** Clause 9.3.4 c): the responsible authority reinstates normal inspection for other reasons. */
    public Transition reinstateNormal() {
        if (severity != Severity.REDUCED || discontinued) {
            throw new IllegalStateException("only reduced inspection can be reinstated to normal; it is " + severity);
        }
        return new Transition(fresh(Severity.NORMAL, reducedApproved), SwitchReason.OTHER_CONDITIONS);
    }

    private Transition afterNormal(LotOutcome lot) {
        List<Boolean> recent = new ArrayList<>(recentNormal);
        recent.add(!lot.accepted());
        if (recent.size() > WINDOW) {
            recent.removeFirst();
        }
        if (recent.stream().filter(notAccepted -> notAccepted).count() >= 2) {
            return new Transition(fresh(Severity.TIGHTENED, reducedApproved), SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED);
        }
        int score = scoreAfter(lot);
        if (score >= SCORE_FOR_REDUCED && lot.productionSteady() && reducedApproved) {
            return new Transition(fresh(Severity.REDUCED, reducedApproved), SwitchReason.SWITCHING_SCORE_REACHED);
        }
        return stay(new SwitchingState(severity, false, recent, 0, 0, score, reducedApproved));
    }

    /**
     * ISO 2859-1:1999 9.3.3.2 a), single sampling: with Ac 0 or 1 an accepted lot adds 2; with Ac 2
     * or more a lot that would have been accepted one AQL step tighter adds 3; anything else resets to 0.
     */
    private int scoreAfter(LotOutcome lot) {
        if (!lot.accepted()) {
            return 0;
        }
        if (lot.acceptanceNumber() <= 1) {
            return switchingScore + 2;
        }
        return lot.acceptedAtTighterAql() ? switchingScore + 3 : 0;
    }

    private Transition afterTightened(LotOutcome lot) {
        if (lot.accepted()) {
            if (consecutiveAccepted + 1 >= WINDOW) {
                return new Transition(fresh(Severity.NORMAL, reducedApproved), SwitchReason.FIVE_CONSECUTIVE_ACCEPTED);
            }
            return stay(new SwitchingState(severity, false, List.of(), consecutiveAccepted + 1,
                    notAcceptedOnTightened, 0, reducedApproved));
        }
        int notAccepted = notAcceptedOnTightened + 1;
        boolean discontinue = notAccepted >= WINDOW;
        SwitchingState next = new SwitchingState(severity, discontinue, List.of(), 0, notAccepted, 0, reducedApproved);
        return new Transition(next, discontinue ? SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED : SwitchReason.NONE);
    }

    private Transition afterReduced(LotOutcome lot) {
        SwitchReason reason = switch (lot.verdict()) {
            case NOT_ACCEPTED -> SwitchReason.LOT_NOT_ACCEPTED_ON_REDUCED;
            case ACCEPTED_REINSTATE_NORMAL -> SwitchReason.BETWEEN_AC_AND_RE_ON_REDUCED;
            case ACCEPTED -> lot.productionSteady() ? SwitchReason.NONE : SwitchReason.PRODUCTION_IRREGULAR;
        };
        return reason == SwitchReason.NONE ? stay(this) : new Transition(fresh(Severity.NORMAL, reducedApproved), reason);
    }

    private static Transition stay(SwitchingState state) {
        return new Transition(state, SwitchReason.NONE);
    }

    private static SwitchingState fresh(Severity severity, boolean reducedApproved) {
        return new SwitchingState(severity, false, List.of(), 0, 0, 0, reducedApproved);
    }
}
