package id.sentra.tkdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The cost-based worksheet of Permenperin 16/2011: parts per line, subtotals, tier-2 deeming, nil evidence. */
class Permenperin16Tests {

    private final Tkdn tkdn = new Tkdn();

    /**
     * DOMAIN-DATA.md §6.4: materials 60,000 + 0 + 45 % of 15,000 = 66,750; WNI labour 20,000; overhead 15,000
     * domestic of 20,000 → 101,750 / 120,000 = 84.7917 → 84.79 % (printed "84.8").
     */
    @Test
    void brakeBlockWorksheetSplitsEveryLineIntoDomesticAndForeignParts() {
        TkdnAssessment a = tkdn.assess(new CostStructure("brake block",
                Permenperin35Tests.brakeBlock(Origin.domestic()), FactoryBasis.OWN_FACTORY), Regulation.PERMENPERIN_16_2011);

        assertThat(a.lines().get(2).domestic()).isEqualByComparingTo("6750");
        assertThat(a.lines().get(2).foreign()).isEqualByComparingTo("8250");
        assertThat(a.lines().get(2).ruleKey()).isEqualTo("tkdn.rule.p16.certified");
        assertThat(a.totalDomestic()).isEqualByComparingTo("101750");
        assertThat(a.totalForeign()).isEqualByComparingTo("18250");
        assertThat(a.totalCost()).isEqualByComparingTo("120000");
        assertThat(a.tkdnPercent()).isEqualByComparingTo("84.79");
        assertThat(a.regulation()).isEqualTo(Regulation.PERMENPERIN_16_2011);
    }

    @Test
    void categoryWeighsWhatItCostsAndContributesItsDomesticPartOverTheTotal() {
        TkdnAssessment a = tkdn.assess(new CostStructure("brake block",
                Permenperin35Tests.brakeBlock(Origin.domestic()), FactoryBasis.OWN_FACTORY), Regulation.PERMENPERIN_16_2011);

        CategoryTotal overhead = a.category(CostCategory.FACTORY_OVERHEAD);
        assertThat(overhead.weightPercent()).isEqualByComparingTo("16.67");
        assertThat(overhead.domesticPercent()).isEqualByComparingTo("75");
        assertThat(overhead.contributionPercent()).isEqualByComparingTo("12.50");
    }

    @Test
    void foreignCrewIsForeignCost() {
        TkdnAssessment a = tkdn.assess(new CostStructure("brake block",
                Permenperin35Tests.brakeBlock(Origin.imported()), FactoryBasis.OWN_FACTORY), Regulation.PERMENPERIN_16_2011);

        assertThat(a.category(CostCategory.DIRECT_LABOUR).foreign()).isEqualByComparingTo("20000");
        assertThat(a.lines().get(3).ruleKey()).isEqualTo("tkdn.rule.p16.labour.foreign");
    }

    /** Pasal 4: coating 2 % and binder 2.5 % of cost, together 4.5 % ≤ 10 %: both deemed 100 %. */
    @Test
    void smallDomesticTierTwoGoodsAreDeemedFullyDomestic() {
        TkdnAssessment a = assess(List.of(line(CostKind.SCRAP, 9550, Origin.imported()),
                line(CostKind.COATING, 200, Origin.domesticFromImportedMaterial()),
                line(CostKind.BINDER, 250, Origin.domesticFromImportedMaterial())));

        assertThat(a.lines().get(1).ruleKey()).isEqualTo("tkdn.rule.p16.tier2Deemed");
        assertThat(a.lines().get(2).domestic()).isEqualByComparingTo("250");
        assertThat(a.tkdnPercent()).isEqualByComparingTo("4.50");
    }

    /** Pasal 7(2): a 5 % domestic line without evidence of its own content is valued nil. */
    @Test
    void largerDomesticGoodsWithoutEvidenceCountNil() {
        TkdnAssessment a = assess(List.of(line(CostKind.SCRAP, 9500, Origin.imported()),
                line(CostKind.BINDER, 500, Origin.domesticFromImportedMaterial())));

        assertThat(a.lines().get(1).ruleKey()).isEqualTo("tkdn.rule.p16.unsubstantiated");
        assertThat(a.tkdnPercent()).isZero();
    }

    /** Assumption (README): six 2 % lines (12 %) share the 10 % allowance pro rata: 10/12 of each is deemed. */
    @Test
    void smallDomesticGoodsTogetherAboveTenPercentShareTheTenPercentAllowance() {
        List<CostLine> lines = new ArrayList<>(List.of(line(CostKind.SCRAP, 8800, Origin.imported())));
        for (int i = 0; i < 6; i++) {
            lines.add(line(CostKind.COATING, 200, Origin.domesticFromImportedMaterial()));
        }

        TkdnAssessment a = assess(lines);

        assertThat(a.lines().get(1).domestic()).isCloseTo(new BigDecimal("166.67"), within(new BigDecimal("0.01")));
        assertThat(a.tkdnPercent()).isEqualByComparingTo("10");
    }

    @Test
    void bmpFactorsOf2025AreRefusedUnder2011() {
        CostStructure s = new CostStructure("part", List.of(line(CostKind.SCRAP, 100, Origin.domestic())),
                FactoryBasis.OWN_FACTORY, BmpClaim.factors(Set.of(BmpFactor.ESG)));

        assertThatThrownBy(() -> tkdn.assess(s, Regulation.PERMENPERIN_16_2011))
                .isInstanceOfSatisfying(InvalidCostStructureException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("tkdn.error.bmpFactors2011"));
    }

    private TkdnAssessment assess(List<CostLine> lines) {
        return tkdn.assess(new CostStructure("part", lines, FactoryBasis.OWN_FACTORY), Regulation.PERMENPERIN_16_2011);
    }

    private static CostLine line(CostKind kind, long cost, Origin origin) {
        return CostLine.of(kind.name().toLowerCase(), kind, cost, origin);
    }
}
