package id.sentra.tkdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** BMP under Permenperin 35/2025: the factors' weights as far as met, capped at 15 %. */
class BmpTests {

    private final Tkdn tkdn = new Tkdn();

    @Test
    void theFifteenFactorsWeighThirtyEightPointsTogether() {
        BigDecimal sum = EnumSet.allOf(BmpFactor.class).stream().map(BmpFactor::maxWeight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(BmpFactor.values()).hasSize(15);
        assertThat(sum).isEqualByComparingTo("38");
    }

    /** Labour absorption 4 + partnership 4 + certification 1 = 9. */
    @Test
    void factorsMetInFullAddTheirWeights() {
        TkdnAssessment a = assess(BmpClaim.factors(Set.of(BmpFactor.LABOUR_ABSORPTION,
                BmpFactor.PARTNERSHIP_SUPPLY_CHAIN, BmpFactor.CERTIFICATION)));

        assertThat(a.bmpPercent()).isEqualByComparingTo("9");
        assertThat(a.notes()).isEmpty();
    }

    /** Half of new investment (2) and a quarter of green industry (0.5). */
    @Test
    void factorMetInPartAddsThatPartOfItsWeight() {
        TkdnAssessment a = assess(new BmpClaim.Factors(Map.of(BmpFactor.NEW_INVESTMENT, new BigDecimal("0.5"),
                BmpFactor.GREEN_INDUSTRY, new BigDecimal("0.25"))));

        assertThat(a.bmpPercent()).isEqualByComparingTo("2.5");
    }

    @Test
    void allFactorsTogetherAreCappedAtFifteen() {
        TkdnAssessment a = assess(BmpClaim.factors(EnumSet.allOf(BmpFactor.class)));

        assertThat(a.bmpPercent()).isEqualByComparingTo("15");
        assertThat(a.notes()).contains("tkdn.rule.bmp.capped");
    }

    @Test
    void statedFigureAboveFifteenIsCappedUnderBothRegulations() {
        CostStructure s = structure(BmpClaim.stated(new BigDecimal("18")));

        assertThat(tkdn.assess(s, Regulation.PERMENPERIN_35_2025).bmpPercent()).isEqualByComparingTo("15");
        assertThat(tkdn.assess(s, Regulation.PERMENPERIN_16_2011).bmpPercent()).isEqualByComparingTo("15");
    }

    private TkdnAssessment assess(BmpClaim bmp) {
        return tkdn.assess(structure(bmp), Regulation.PERMENPERIN_35_2025);
    }

    private static CostStructure structure(BmpClaim bmp) {
        return new CostStructure("part", List.of(CostLine.of("scrap", CostKind.SCRAP, 1000, Origin.domestic())),
                FactoryBasis.OWN_FACTORY, bmp);
    }
}
