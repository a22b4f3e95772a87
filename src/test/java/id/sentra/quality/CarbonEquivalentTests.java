package id.sentra.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** CE = C + (Si + P)/3 (Giesserei-Lexikon, "Kohlenstoffäquivalent", Eq. 1), checked by hand. */
class CarbonEquivalentTests {

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    @Test
    void addsAThirdOfSiliconAndPhosphorusToCarbon() {
        // 3.40 + (2.10 + 0.15) / 3 = 3.40 + 0.75 = 4.15
        var ce = CarbonEquivalent.of(Map.of(Element.C, pct("3.40"), Element.SI, pct("2.10"), Element.P, pct("0.15")));
        assertThat(ce).isEqualByComparingTo("4.15");
    }

    @Test
    void countsMissingPhosphorusAsZero() {
        // 3.60 + 2.40 / 3 = 4.40
        assertThat(CarbonEquivalent.of(Map.of(Element.C, pct("3.60"), Element.SI, pct("2.40")))).isEqualByComparingTo("4.40");
    }

    @Test
    void roundsToTwoDecimals() {
        // 3.50 + (2.00 + 0.00) / 3 = 4.1666... -> 4.17
        assertThat(CarbonEquivalent.of(Map.of(Element.C, pct("3.50"), Element.SI, pct("2.00")))).isEqualByComparingTo("4.17");
    }

    @Test
    void isUnknownWithoutSilicon() {
        assertThat(CarbonEquivalent.of(Map.of(Element.C, pct("3.50")))).isNull();
    }

    @Test
    void eutecticCompositionGivesFourPointThree() {
        // A eutectic grey iron, 3.6 C with 2.1 Si and no P, sits at the eutectic CE of 4.3.
        assertThat(CarbonEquivalent.of(Map.of(Element.C, pct("3.6"), Element.SI, pct("2.1")))).isEqualByComparingTo("4.30");
    }
}
