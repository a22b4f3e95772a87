package id.sentra.quality.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The switching rules of ISO 2859-1:1999 clause 9 (Figure 1), lot by lot. */
class SwitchingStateTests {

    private static final LotOutcome ACCEPTED = LotOutcome.accepted(1, false);
    private static final LotOutcome NOT_ACCEPTED = LotOutcome.notAccepted(1);

    @Test
    void tightensWhenTwoOfFiveConsecutiveLotsAreNotAccepted() {
        SwitchingState state = SwitchingState.start(false);
        state = state.next(NOT_ACCEPTED).state();
        state = state.next(ACCEPTED).state();
        state = state.next(ACCEPTED).state();
        state = state.next(ACCEPTED).state();

        SwitchingState.Transition fifth = state.next(NOT_ACCEPTED);

        assertThat(fifth.state().severity()).isEqualTo(Severity.TIGHTENED);
        assertThat(fifth.reason()).isEqualTo(SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED);
    }

    @Test
    void staysNormalWhenTheTwoRejectionsAreSixLotsApart() {
        SwitchingState state = SwitchingState.start(false).next(NOT_ACCEPTED).state();
        for (int i = 0; i < 4; i++) {
            state = state.next(ACCEPTED).state();
        }

        SwitchingState.Transition sixth = state.next(NOT_ACCEPTED);

        assertThat(sixth.state().severity()).isEqualTo(Severity.NORMAL);
        assertThat(sixth.reason()).isEqualTo(SwitchReason.NONE);
    }

    @Test
    void returnsToNormalAfterFiveConsecutiveAcceptedOnTightened() {
        SwitchingState state = tightened();
        for (int i = 0; i < 4; i++) {
            state = state.next(ACCEPTED).state();
            assertThat(state.severity()).isEqualTo(Severity.TIGHTENED);
        }

        SwitchingState.Transition fifth = state.next(ACCEPTED);

        assertThat(fifth.state().severity()).isEqualTo(Severity.NORMAL);
        assertThat(fifth.reason()).isEqualTo(SwitchReason.FIVE_CONSECUTIVE_ACCEPTED);
    }

    @Test
    void discontinuesAfterFiveLotsNotAcceptedOnTightenedEvenIfNotConsecutive() {
        SwitchingState state = tightened();
        for (int i = 0; i < 4; i++) {
            state = state.next(NOT_ACCEPTED).state();
            state = state.next(ACCEPTED).state();
        }

        SwitchingState.Transition fifth = state.next(NOT_ACCEPTED);

        assertThat(fifth.state().discontinued()).isTrue();
        assertThat(fifth.reason()).isEqualTo(SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED);
        assertThatThrownBy(() -> fifth.state().next(ACCEPTED)).hasMessageContaining("discontinued");
        assertThat(fifth.state().resume().state().severity()).isEqualTo(Severity.TIGHTENED);
    }

    @Test
    void switchesToReducedWhenTheScoreReachesThirtyWithAcceptanceNumberZeroOrOne() {
        SwitchingState state = SwitchingState.start(true);
        for (int i = 0; i < 14; i++) {
            state = state.next(ACCEPTED).state();
        }
        assertThat(state.switchingScore()).isEqualTo(28);

        SwitchingState.Transition fifteenth = state.next(ACCEPTED);

        assertThat(fifteenth.state().severity()).isEqualTo(Severity.REDUCED);
        assertThat(fifteenth.reason()).isEqualTo(SwitchReason.SWITCHING_SCORE_REACHED);
    }

    @Test
    void addsThreeOnlyWhenALotWithAcceptanceNumberTwoPassesOneStepTighter() {
        SwitchingState state = SwitchingState.start(true)
                .next(LotOutcome.accepted(2, true)).state()
                .next(LotOutcome.accepted(2, true)).state();
        assertThat(state.switchingScore()).isEqualTo(6);

        assertThat(state.next(LotOutcome.accepted(2, false)).state().switchingScore()).isZero();
    }

    @Test
    void resetsTheScoreWhenALotIsNotAccepted() {
        SwitchingState state = SwitchingState.start(true).next(ACCEPTED).state().next(ACCEPTED).state();

        assertThat(state.next(NOT_ACCEPTED).state().switchingScore()).isZero();
    }

    @Test
    void staysNormalAtScoreThirtyWithoutApprovalOrWithIrregularProduction() {
        SwitchingState unapproved = SwitchingState.start(false);
        SwitchingState irregular = SwitchingState.start(true);
        LotOutcome acceptedIrregular = new LotOutcome(LotOutcome.Verdict.ACCEPTED, 1, false, false);
        for (int i = 0; i < 15; i++) {
            unapproved = unapproved.next(ACCEPTED).state();
            irregular = irregular.next(acceptedIrregular).state();
        }

        assertThat(unapproved.severity()).isEqualTo(Severity.NORMAL);
        assertThat(unapproved.switchingScore()).isEqualTo(30);
        assertThat(irregular.severity()).isEqualTo(Severity.NORMAL);
        assertThat(unapproved.withReducedApproved(true).next(ACCEPTED).state().severity()).isEqualTo(Severity.REDUCED);
    }

    @Test
    void atScoreThirtyWithoutApprovalTheStateSaysItWaitsForTheAuthority() {
        SwitchingState state = SwitchingState.start(false);
        for (int i = 0; i < 14; i++) {
            state = state.next(ACCEPTED).state();
        }
        assertThat(state.waitsForReducedApproval()).isFalse();

        state = state.next(ACCEPTED).state();

        assertThat(state.waitsForReducedApproval()).isTrue();
        assertThat(state.severity()).isEqualTo(Severity.NORMAL);
    }

    @Test
    void approvingReducedAtScoreThirtySwitchesAtOnce() {
        SwitchingState state = SwitchingState.start(false);
        for (int i = 0; i < 15; i++) {
            state = state.next(ACCEPTED).state();
        }

        SwitchingState.Transition approved = state.approveReduced();

        assertThat(approved.state().severity()).isEqualTo(Severity.REDUCED);
        assertThat(approved.reason()).isEqualTo(SwitchReason.SWITCHING_SCORE_REACHED);
    }

    @Test
    void approvingReducedBelowScoreThirtyWaitsForTheScore() {
        SwitchingState state = SwitchingState.start(false).next(ACCEPTED).state();

        SwitchingState.Transition approved = state.approveReduced();

        assertThat(approved.state().severity()).isEqualTo(Severity.NORMAL);
        assertThat(approved.state().reducedApproved()).isTrue();
        assertThat(approved.state().switchingScore()).isEqualTo(2);
        assertThatThrownBy(() -> approved.state().approveReduced()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void returnsFromReducedToNormalWhenALotIsNotAccepted() {
        SwitchingState.Transition after = reduced().next(NOT_ACCEPTED);

        assertThat(after.state().severity()).isEqualTo(Severity.NORMAL);
        assertThat(after.reason()).isEqualTo(SwitchReason.LOT_NOT_ACCEPTED_ON_REDUCED);
        assertThat(after.state().switchingScore()).isZero();
    }

    @Test
    void returnsFromReducedToNormalWhenProductionIsIrregularOrTheResultFallsInTheGap() {
        LotOutcome irregular = new LotOutcome(LotOutcome.Verdict.ACCEPTED, 1, false, false);
        LotOutcome gap = new LotOutcome(LotOutcome.Verdict.ACCEPTED_REINSTATE_NORMAL, 1, false, true);

        assertThat(reduced().next(irregular).reason()).isEqualTo(SwitchReason.PRODUCTION_IRREGULAR);
        assertThat(reduced().next(gap).reason()).isEqualTo(SwitchReason.BETWEEN_AC_AND_RE_ON_REDUCED);
        assertThat(reduced().reinstateNormal().reason()).isEqualTo(SwitchReason.OTHER_CONDITIONS);
        assertThat(reduced().next(ACCEPTED).state().severity()).isEqualTo(Severity.REDUCED);
    }

    private static SwitchingState tightened() {
        return SwitchingState.start(false).next(NOT_ACCEPTED).state().next(NOT_ACCEPTED).state();
    }

    private static SwitchingState reduced() {
        return new SwitchingState(Severity.REDUCED, false, java.util.List.of(), 0, 0, 0, true);
    }
}
