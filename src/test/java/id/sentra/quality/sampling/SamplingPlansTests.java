package id.sentra.quality.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plans for whole lots as an inspector looks them up: Table I, then Table II-A/B/C (ANSI/ASQ Z1.4). */
class SamplingPlansTests {

    @ParameterizedTest(name = "lot {0}, level {1}, AQL {2} -> {3} n={4} Ac {5} Re {6}")
    @CsvSource({
            "1000, II, 1.0, J, 80, 2, 3",
            "1000, II, 0.65, J, 80, 1, 2",
            "500, II, 2.5, H, 50, 3, 4",
            "500, II, 4.0, H, 50, 5, 6",
            "3000, II, 2.5, K, 125, 7, 8",
            "10000, II, 1.0, L, 200, 5, 6",
            "40, II, 0.65, F, 20, 0, 1",
            "20000, S4, 1.5, H, 50, 2, 3",
            "100000, I, 0.40, L, 200, 2, 3"})
    void findsTheNormalPlanForALot(int lotSize, InspectionLevel level, String aql, CodeLetter used,
                                   int n, int ac, int re) {
        SamplingPlan plan = SamplingPlans.plan(lotSize, level, Aql.of(aql), Severity.NORMAL);

        assertThat(plan.codeLetter()).isEqualTo(used);
        assertThat(plan.sampleSize()).isEqualTo(n);
        assertThat(plan.acceptance()).isEqualTo(ac);
        assertThat(plan.rejection()).isEqualTo(re);
        assertThat(plan.fullInspection()).isFalse();
    }

    @Test
    void inspectsEveryItemWhenTheArrowLeadsToASampleAsLargeAsTheLot() {
        // Lot of 10 at level II is code B; AQL 0.65 points down to F, n = 20 > 10.
        SamplingPlan plan = SamplingPlans.plan(10, InspectionLevel.II, Aql.of("0.65"), Severity.NORMAL);

        assertThat(plan.fullInspection()).isTrue();
        assertThat(plan.sampleSize()).isEqualTo(10);
        assertThat(plan.acceptance()).isZero();
    }

    @Test
    void inspectsEveryItemWhenTheSampleEqualsTheLot() {
        SamplingPlan plan = SamplingPlans.plan(5, InspectionLevel.II, Aql.of("10"), Severity.NORMAL);

        assertThat(plan.codeLetter()).isEqualTo(CodeLetter.C);
        assertThat(plan.fullInspection()).isTrue();
        assertThat(plan.sampleSize()).isEqualTo(5);
    }

    @Test
    void refusesAnAqlOutsideThePreferredSeries() {
        assertThatThrownBy(() -> Aql.of("2.0")).hasMessageContaining("not in the ISO 2859-1 series");
    }

    @Test
    void givesTheTighterAcceptanceNumberForTheSwitchingScore() {
        // J at AQL 1.0 is 2/3; one step tighter (0.65) J is 1/2.
        SamplingPlan plan = SamplingPlans.plan(1000, InspectionLevel.II, Aql.of("1.0"), Severity.NORMAL);

        assertThat(plan.tighterAcceptance()).isEqualTo(1);
        assertThat(plan.judge(1, true).acceptedAtTighterAql()).isTrue();
        assertThat(plan.judge(2, true).acceptedAtTighterAql()).isFalse();
    }

    @Test
    void acceptsBetweenAcAndReOnReducedButReinstatesNormal() {
        // Reduced K at AQL 0.65 is n = 50, Ac 1, Re 3: two nonconforming lie in the gap.
        SamplingPlan plan = SamplingPlans.plan(1500, InspectionLevel.II, Aql.of("0.65"), Severity.REDUCED);

        assertThat(plan.judge(2, true).verdict()).isEqualTo(LotOutcome.Verdict.ACCEPTED_REINSTATE_NORMAL);
        assertThat(plan.judge(3, true).verdict()).isEqualTo(LotOutcome.Verdict.NOT_ACCEPTED);
        assertThat(plan.judge(1, true).verdict()).isEqualTo(LotOutcome.Verdict.ACCEPTED);
    }
}
