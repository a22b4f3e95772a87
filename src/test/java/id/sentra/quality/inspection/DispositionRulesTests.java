package id.sentra.quality.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.sentra.quality.Characteristic;
import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.Disposition;
import id.sentra.quality.Element;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.Limits;
import id.sentra.quality.RuleCheck;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.TensileMinimum;
import id.sentra.quality.sampling.Aql;
import id.sentra.quality.sampling.InspectionLevel;
import id.sentra.quality.sampling.SamplingPlan;
import id.sentra.quality.sampling.SamplingPlans;
import id.sentra.quality.sampling.Severity;

class DispositionRulesTests {

    private static final Map<Element, Limits> CHEMISTRY = Map.of(Element.C, Limits.of("3.2", "3.6"),
            Element.SI, Limits.of("1.8", "2.4"), Element.P, Limits.of("0.25", "0.40"), Element.S, Limits.of(null, "0.10"));
    private static final Characteristic BORE = new Characteristic("Bore", CharacteristicKind.DIMENSION, "mm",
            new BigDecimal("75"), Limits.of("75.000", "75.030"), true);
    private static final LotFacts.TensileLookup FC250 = (specimen, wall) ->
            Optional.of(new TensileMinimum(250, true, specimen, null, "JIS G5501"));

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private static HeatRecord heat(String number, Map<Element, BigDecimal> readings, Integer tensile) {
        return new HeatRecord(1, 1, 1, number, LocalDate.of(2027, 3, 1), "Kupola", "FC250", null, readings, null, tensile,
                null, tensile == null ? null : SpecimenKind.SEPARATELY_CAST, List.of(), 0);
    }

    /** A reading inside each limit (the middle, or just under a maximum). */
    private static Map<Element, BigDecimal> inRange(Random random) {
        var readings = new EnumMap<Element, BigDecimal>(Element.class);
        CHEMISTRY.forEach((element, limits) -> {
            var low = limits.min() == null ? BigDecimal.ZERO : limits.min();
            var span = limits.max().subtract(low);
            readings.put(element, low.add(span.multiply(BigDecimal.valueOf(random.nextInt(101), 2))));
        });
        return readings;
    }

    private static LotFacts facts(List<HeatRecord> heats, SamplingPlan plan, int defectives) {
        var bores = new ArrayList<BigDecimal>();
        for (int i = 0; i < plan.sampleSize(); i++) {
            bores.add(i < defectives ? new BigDecimal("75.050") : new BigDecimal("75.010"));
        }
        return new LotFacts(heats, "FC250", CHEMISTRY, true, FC250, null, Optional.empty(), false, List.of(BORE),
                Map.of("Bore", bores), plan, false);
    }

    private static SamplingPlan plan(int lotSize) {
        return SamplingPlans.plan(lotSize, InspectionLevel.II, Aql.of("1.0"), Severity.NORMAL);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aHeatWithEveryElementInRangeAndTheSampleWithinAcNeverHolds(long seed) {
        var random = new Random(seed);
        var plan = plan(50 + random.nextInt(5000));
        var heats = List.of(heat("H-" + seed, inRange(random), 250 + random.nextInt(60)));
        var judgement = DispositionRules.judge(facts(heats, plan, random.nextInt(plan.acceptance() + 1)));
        assertThat(judgement.decided()).isEqualTo(Disposition.ACCEPT);
        assertThat(judgement.checks()).allMatch(RuleCheck::passed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anElementOutOfRangeAlwaysHoldsTheLotAndNamesTheElement(long seed) {
        var random = new Random(seed);
        var readings = inRange(random);
        var element = List.copyOf(CHEMISTRY.keySet()).get(random.nextInt(CHEMISTRY.size()));
        var limits = CHEMISTRY.get(element);
        var out = limits.min() != null && random.nextBoolean() ? limits.min().subtract(new BigDecimal("0.01"))
                : limits.max().add(new BigDecimal("0.01"));
        readings.put(element, out);
        var plan = plan(100 + random.nextInt(3000));
        var judgement = DispositionRules.judge(facts(List.of(heat("H-" + seed, readings, 260)), plan, 0));
        assertThat(judgement.decided()).isEqualTo(Disposition.HOLD);
        assertThat(judgement.checks()).filteredOn(c -> c.verdict() == Disposition.HOLD).singleElement()
                .satisfies(c -> assertThat(c.messageKey()).isEqualTo("inspection.rule.chemistry.out"))
                .satisfies(c -> assertThat(c.arguments()).contains(element.symbol(), out.stripTrailingZeros().toPlainString()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void defectivesAtOrAboveTheRejectionNumberAlwaysReject(long seed) {
        var random = new Random(seed);
        var plan = plan(20 + random.nextInt(10000));
        int defectives = plan.rejection() + random.nextInt(plan.sampleSize() - plan.rejection() + 1);
        var readings = inRange(random);
        if (random.nextBoolean()) {
            readings.put(Element.P, new BigDecimal("0.90"));
        }
        var judgement = DispositionRules.judge(facts(List.of(heat("H-1", readings, 260)), plan, defectives));
        assertThat(judgement.decided()).isEqualTo(Disposition.REJECT);
        assertThat(judgement.defectives()).isEqualTo(defectives);
    }

    @Test
    void aMissingReadingOfALimitedElementHoldsAndNamesIt() {
        var readings = inRange(new Random(1));
        readings.remove(Element.S);
        var judgement = DispositionRules.judge(facts(List.of(heat("H-7", readings, 260)), plan(500), 0));
        assertThat(judgement.decided()).isEqualTo(Disposition.HOLD);
        assertThat(judgement.checks()).filteredOn(c -> !c.passed()).extracting(RuleCheck::messageKey, c -> c.arguments().get(1))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inspection.rule.chemistry.missing", "S"));
    }

    @Test
    void noTensileWhenTheGradeRequiresOneHoldsTheLot() {
        var judgement = DispositionRules.judge(facts(List.of(heat("H-8", inRange(new Random(2)), null)), plan(500), 0));
        assertThat(judgement.decided()).isEqualTo(Disposition.HOLD);
        assertThat(judgement.checks()).extracting(RuleCheck::messageKey).contains("inspection.rule.tensile.missing");
    }

    @Test
    void tensileBelowTheMinimumHoldsAndSaysBothFigures() {
        var judgement = DispositionRules.judge(facts(List.of(heat("H-9", inRange(new Random(3)), 240)), plan(500), 0));
        assertThat(judgement.checks()).filteredOn(c -> !c.passed()).singleElement()
                .satisfies(c -> assertThat(c.arguments()).containsExactly("H-9", "240", "250", "FC250, separately cast bar: 250 MPa minimum"));
    }

    /** JIS G5501 cast-on bars: a 30 mm governing wall falls in the row over 20 up to 40 mm, 210 MPa. */
    @Test
    void aCastOnBarIsJudgedByTheRowOfItsWallAndTheCheckNamesTheRow() {
        LotFacts.TensileLookup castOn = (specimen, wall) -> Optional.of(new TensileMinimum(210, true, specimen,
                new TensileMinimum.WallBand(new BigDecimal("20"), new BigDecimal("40")), "JIS G5501"));
        var heat = new HeatRecord(1, 1, 1, "H-10", LocalDate.of(2027, 3, 1), "Kupola", "FC250", null, inRange(new Random(4)), null,
                205, null, SpecimenKind.CAST_ON, List.of(), 0);
        var base = facts(List.of(heat), plan(500), 0);
        var facts = new LotFacts(base.heats(), base.gradeCode(), base.chemistry(), true, castOn, new BigDecimal("30"),
                Optional.empty(), false, base.characteristics(), base.measurements(), base.plan(), false);

        var judgement = DispositionRules.judge(facts);

        assertThat(judgement.decided()).isEqualTo(Disposition.HOLD);
        assertThat(judgement.checks()).filteredOn(c -> !c.passed()).singleElement().satisfies(c -> {
            assertThat(c.messageKey()).isEqualTo("inspection.rule.tensile.lowRow");
            assertThat(c.arguments()).containsExactly("H-10", "205", "210", "FC250, cast-on bar, wall over 20 up to 40 mm: 210 MPa minimum");
        });
    }

    /** Hand-checked: 500 pieces at level II is code letter H, n = 50; at AQL 1.0 normal Ac 1, Re 2 (ISO 2859-1 Tables 1 and 2-A). */
    @Test
    void fiveHundredPiecesWithTwoDefectiveBoresAreRejected() {
        var plan = plan(500);
        assertThat(plan.sampleSize()).isEqualTo(50);
        assertThat(plan.rejection()).isEqualTo(2);
        var judgement = DispositionRules.judge(facts(List.of(heat("H-10", inRange(new Random(4)), 260)), plan, 2));
        assertThat(judgement.decided()).isEqualTo(Disposition.REJECT);
        assertThat(judgement.checks()).filteredOn(c -> c.messageKey().equals("inspection.rule.characteristic.out"))
                .singleElement().satisfies(c -> assertThat(c.arguments()).startsWith("Bore", "2", "50"));
    }

    @Test
    void phosphorusAtExactlyTheMaximumIsWithinRange() {
        var readings = inRange(new Random(5));
        readings.put(Element.P, new BigDecimal("0.40"));
        assertThat(DispositionRules.judge(facts(List.of(heat("H-11", readings, 260)), plan(500), 0)).decided())
                .isEqualTo(Disposition.ACCEPT);
    }
}
