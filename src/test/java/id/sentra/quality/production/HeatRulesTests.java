package id.sentra.quality.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.sentra.platform.FieldProblem;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.Element;
import id.sentra.quality.SpecimenKind;

class HeatRulesTests {

    static HeatDraft draft(Map<Element, BigDecimal> readings, List<ChargeLine> charges) {
        return new HeatDraft("Kupola 1", LocalDate.of(2027, 2, 3), "H-1", "FC250", readings, null, null, null, charges);
    }

    private static List<String> keys(HeatDraft draft) {
        return HeatRules.check(draft).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void acceptsAnOrdinaryGreyIronHeat() {
        var readings = Map.of(Element.C, new BigDecimal("3.40"), Element.SI, new BigDecimal("2.10"), Element.MN, new BigDecimal("0.60"));
        var charge = List.of(new ChargeLine(ChargeMaterial.PIG_IRON, new BigDecimal("250"), ChargeOrigin.DOMESTIC, "PT Krakatau", "PO-1"));
        assertThat(HeatRules.check(draft(readings, charge))).isEmpty();
    }

    @Test
    void refusesAReadingAboveOneHundredPercent() {
        assertThat(keys(draft(Map.of(Element.SI, new BigDecimal("100.5")), List.of())))
                .contains("readings[SI]:heat.reading.range");
    }

    @Test
    void refusesANegativeReading() {
        assertThat(keys(draft(Map.of(Element.S, new BigDecimal("-0.01")), List.of()))).containsExactly("readings[S]:heat.reading.range");
    }

    @Test
    void refusesReadingsThatTogetherReachOneHundredPercent() {
        var readings = Map.of(Element.C, new BigDecimal("60"), Element.SI, new BigDecimal("40"));
        assertThat(keys(draft(readings, List.of()))).containsExactly("readings:heat.readings.sum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5"})
    void refusesAChargeLineWithoutWeight(String kg) {
        var charge = List.of(new ChargeLine(ChargeMaterial.STEEL_SCRAP, new BigDecimal(kg), ChargeOrigin.IMPORTED, null, null));
        assertThat(keys(draft(Map.of(), charge))).containsExactly("charges[0].weightKg:field.positive");
    }

    @Test
    void refusesATensileResultWithoutItsSpecimen() {
        var heat = new HeatDraft("Kupola 1", LocalDate.of(2027, 2, 3), "H-1", "FC250", Map.of(), 260, null, null, List.of());
        assertThat(keys(heat)).containsExactly("specimen:heat.specimen.required");
    }

    @Test
    void acceptsATensileResultWithItsSpecimen() {
        var heat = new HeatDraft("Kupola 1", LocalDate.of(2027, 2, 3), "H-1", "FC250", Map.of(), 260, 210,
                SpecimenKind.SEPARATELY_CAST, List.of());
        assertThat(HeatRules.check(heat)).isEmpty();
    }

    @Test
    void namesEveryMissingIdentifyingField() {
        var heat = new HeatDraft(" ", null, "", null, Map.of(), null, null, null, List.of());
        assertThat(HeatRules.check(heat)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("furnace", "meltedOn", "heatNumber", "gradeCode");
    }

    /** Seeded: any set of readings, each within 0-100 and together below 100, passes the chemistry rules. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void readingsWithinRangeAndBelowOneHundredInTotalPass(long seed) {
        var random = new Random(seed);
        var readings = new EnumMap<Element, BigDecimal>(Element.class);
        double left = 99.99;
        for (var element : Element.values()) {
            if (random.nextBoolean()) {
                double value = Math.floor(random.nextDouble() * left / 2 * 1000) / 1000;
                readings.put(element, BigDecimal.valueOf(value));
                left -= value;
            }
        }
        assertThat(HeatRules.readings(draft(readings, List.of()))).isEmpty();
    }
}
