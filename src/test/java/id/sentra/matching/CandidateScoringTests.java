package id.sentra.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.sentra.matching.CandidateScoring.PriceLevel;
import id.sentra.registry.Capability;
import id.sentra.registry.MaterialFamily;

/** The ranking rule on its own: how a member's record and price move its score. */
class CandidateScoringTests {

    private static final Requirement GREY_IRON = new Requirement(MaterialFamily.GREY_IRON, Set.of(), Set.of(), Set.of(), 1_000, null);
    private static final Capability FOUNDRY = new Capability(1, "CV Uji", 1, "Koperasi", "Ceper", "Klaten", null,
            Set.of(), Set.of(MaterialFamily.GREY_IRON), Set.of(), List.of(), Map.of(MaterialFamily.GREY_IRON, 3_000L));
    private static final PriceLevel NO_PRICE = new PriceLevel(null, false);

    @ParameterizedTest
    @CsvSource({"0, 1.0", "9, 0.8", "99, 0.6", "9999, 0.2", "99999, 0.0", "5000000, 0.0"})
    void qualityFallsOneFifthPerDecadeOfDefectivePpm(long ppm, double expected) {
        assertThat(CandidateScoring.qualityValue(ppm)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aMemberWithFewerDefectsOutscoresOneWithMoreAllElseEqual() {
        var good = CandidateScoring.score(FOUNDRY, GREY_IRON, LocalDate.of(2026, 12, 1), NO_PRICE, new SupplierRecord(40, 300, 0.95));
        var poor = CandidateScoring.score(FOUNDRY, GREY_IRON, LocalDate.of(2026, 12, 1), NO_PRICE, new SupplierRecord(40, 30_000, 0.95));

        assertThat(good.score()).isGreaterThan(poor.score());
    }

    @Test
    void withoutARecordAMemberScoresInTheMiddleAndIsToldWhy() {
        var candidate = CandidateScoring.score(FOUNDRY, GREY_IRON, LocalDate.of(2026, 12, 1), NO_PRICE, SupplierRecord.NONE);

        var quality = candidate.parts().stream().filter(p -> p.criterion().equals("quality")).findFirst().orElseThrow();
        assertThat(quality.value()).isEqualTo(0.5);
        assertThat(quality.why().messageKey()).isEqualTo("match.score.noQualityRecord");
    }

    @Test
    void theOnTimeShareIsTheOnTimeValue() {
        var candidate = CandidateScoring.score(FOUNDRY, GREY_IRON, LocalDate.of(2026, 12, 1), NO_PRICE, new SupplierRecord(10, 0, 0.8));

        var onTime = candidate.parts().stream().filter(p -> p.criterion().equals("onTime")).findFirst().orElseThrow();
        assertThat(onTime.value()).isEqualTo(0.8);
        assertThat(onTime.why().arguments()).containsExactly(80L);
    }

    @Test
    void aPriceAtTheMedianEarnsHalfThePriceScoreAndThirtyPercentBelowAllOfIt() {
        assertThat(pricePart(1.0).value()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pricePart(0.7).value()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pricePart(1.4).value()).isZero();
    }

    private Candidate.ScorePart pricePart(double level) {
        return CandidateScoring.score(FOUNDRY, GREY_IRON, LocalDate.of(2026, 12, 1), new PriceLevel(level, true), SupplierRecord.NONE)
                .parts().stream().filter(p -> p.criterion().equals("price")).findFirst().orElseThrow();
    }
}
