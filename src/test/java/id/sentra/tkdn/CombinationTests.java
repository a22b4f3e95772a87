package id.sentra.tkdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Contract-level and combined TKDN, weighted by value (Permenperin 35/2025 Pasal 18–19; 16/2011 Pasal 6). */
class CombinationTests {

    private final Tkdn tkdn = new Tkdn();

    /**
     * 1,000 brake blocks × Rp 300,000 at 60 % and 200 covers × Rp 500,000 at 90 %:
     * (300 M × 60 + 100 M × 90) / 400 M = 67.5 %; shares 75 % and 25 %.
     */
    @Test
    void contractTkdnIsWeightedByLineValue() {
        CombinedTkdn c = tkdn.combine(List.of(
                ValuedPart.contractLine("brake blocks", new BigDecimal("1000"), new BigDecimal("300000"), new BigDecimal("60")),
                ValuedPart.contractLine("manhole covers", new BigDecimal("200"), new BigDecimal("500000"), new BigDecimal("90"))),
                Regulation.PERMENPERIN_35_2025);

        assertThat(c.tkdnPercent()).isEqualByComparingTo("67.5");
        assertThat(c.totalValue()).isEqualByComparingTo("400000000");
        assertThat(c.parts()).extracting(CombinedTkdn.Share::valueSharePercent)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("75"), new BigDecimal("25"));
        assertThat(c.parts()).extracting(CombinedTkdn.Share::contributionPercent)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("45"), new BigDecimal("22.5"));
    }

    /** 1 × 100 at 100 % and 2 × 100 at 0 %: 33.333… rounds half-up to 33.33. */
    @Test
    void combinedFigureIsRoundedOnceToHundredths() {
        CombinedTkdn c = tkdn.combine(List.of(
                new ValuedPart("a", PartKind.GOODS, new BigDecimal("100"), new BigDecimal("100")),
                new ValuedPart("b", PartKind.GOODS, new BigDecimal("200"), BigDecimal.ZERO)), Regulation.PERMENPERIN_35_2025);

        assertThat(c.tkdnPercent()).isEqualByComparingTo("33.33");
    }

    @Test
    void combinationWithoutValueIsRefused() {
        List<ValuedPart> parts = List.of(new ValuedPart("a", PartKind.GOODS, BigDecimal.ZERO, BigDecimal.TEN));

        assertThatThrownBy(() -> tkdn.combine(parts, Regulation.PERMENPERIN_35_2025))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive total value");
    }
}
