package id.sentra.tkdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Goods TKDN under Permenperin 35/2025: weights 75/10/15, credit bands, uncertified rule, overhead, minimum. */
class Permenperin35Tests {

    private final Tkdn tkdn = new Tkdn();

    @ParameterizedTest(name = "certificate {0} % is credited {1} %")
    @CsvSource({"100, 100", "80.01, 100", "80, 80", "60.01, 80", "60, 60", "45, 60", "40.01, 60", "40, 40",
            "25.01, 40", "25, 25", "24.99, 25", "0, 25"})
    void certifiedComponentIsCreditedByItsBandWithBoundariesInTheLowerBand(String certificate, String credited) {
        AssessedLine line = assess(List.of(material(Origin.certified(certificate), 1000))).lines().getFirst();

        assertThat(line.creditPercent()).isEqualByComparingTo(credited);
        assertThat(line.ruleKey()).isEqualTo("tkdn.rule.p35.material.certified");
    }

    @Test
    void uncertifiedDomesticComponentFromImportedRawMaterialCountsAQuarter() {
        AssessedLine line = assess(List.of(material(Origin.domesticFromImportedMaterial(), 1000))).lines().getFirst();

        assertThat(line.creditPercent()).isEqualByComparingTo("25");
        assertThat(line.domestic()).isEqualByComparingTo("250");
        assertThat(line.foreign()).isEqualByComparingTo("750");
    }

    @Test
    void importedComponentCountsNothing() {
        AssessedLine line = assess(List.of(material(Origin.imported(), 1000))).lines().getFirst();

        assertThat(line.creditPercent()).isZero();
        assertThat(line.ruleKey()).isEqualTo("tkdn.rule.p35.material.imported");
    }

    /**
     * DOMAIN-DATA.md §6.4 illustration: materials 60,000 local (100) + 5,000 imported (0) + 15,000 certified 45 %
     * (band 60) = 69,000 / 80,000 = 86.25 %; TKDN = 0.75 × 86.25 + 10 + 15 = 89.6875 → 89.69 (printed "89.7").
     */
    @Test
    void brakeBlockWithWniCrewInItsOwnFactoryWeighsTheThreeComponents() {
        TkdnAssessment a = assess(brakeBlock(Origin.domestic()));

        assertThat(a.category(CostCategory.DIRECT_MATERIAL).domestic()).isEqualByComparingTo("69000");
        assertThat(a.category(CostCategory.DIRECT_MATERIAL).domesticPercent()).isEqualByComparingTo("86.25");
        assertThat(a.category(CostCategory.DIRECT_MATERIAL).contributionPercent()).isEqualByComparingTo("64.69");
        assertThat(a.category(CostCategory.DIRECT_LABOUR).contributionPercent()).isEqualByComparingTo("10");
        assertThat(a.category(CostCategory.FACTORY_OVERHEAD).contributionPercent()).isEqualByComparingTo("15");
        assertThat(a.tkdnPercent()).isEqualByComparingTo("89.69");
        assertThat(a.regulation()).isEqualTo(Regulation.PERMENPERIN_35_2025);
    }

    @Test
    void overheadLinesAreCreditedByFactoryBasisNotByTheirOrigin() {
        CostStructure s = new CostStructure("part", List.of(material(Origin.domestic(), 1000),
                CostLine.of("imported furnace", CostKind.MACHINE_DEPRECIATION, 400, Origin.imported())),
                FactoryBasis.OTHER_COMPANYS_FACTORY);

        AssessedLine machine = tkdn.assess(s, Regulation.PERMENPERIN_35_2025).lines().get(1);

        assertThat(machine.creditPercent()).isEqualByComparingTo("60");
        assertThat(machine.ruleKey()).isEqualTo("tkdn.rule.p35.overhead.OTHER_COMPANYS_FACTORY");
    }

    /** Assumption (README): a mixed crew counts by the WNI share of the labour cost: 3,000 of 4,000 → 7.5 of 10. */
    @Test
    void mixedCrewCountsByItsWniShareOfLabourCost() {
        CostStructure s = new CostStructure("part", List.of(material(Origin.imported(), 1000),
                CostLine.of("moulders (WNI)", CostKind.DIRECT_LABOUR, 3000, Origin.domestic()),
                CostLine.of("melting supervisor (WNA)", CostKind.DIRECT_LABOUR, 1000, Origin.imported())),
                FactoryBasis.NO_INVESTMENT);

        TkdnAssessment a = tkdn.assess(s, Regulation.PERMENPERIN_35_2025);

        assertThat(a.category(CostCategory.DIRECT_LABOUR).domesticPercent()).isEqualByComparingTo("75");
        assertThat(a.tkdnPercent()).isEqualByComparingTo("7.50");
        assertThat(a.notes()).isEmpty();
    }

    /** All-imported materials, WNI crew, own factory: 0 + 10 + 15 = 25, the minimum already. */
    @Test
    void ownFactoryWithWniCrewAndImportedMaterialEndsAtTheMinimum() {
        TkdnAssessment a = assess(List.of(material(Origin.imported(), 1000), labour(Origin.domestic())));

        assertThat(a.tkdnPercent()).isEqualByComparingTo("25");
    }

    /** Own factory, a crew 60 % WNI by cost: 0 + 6 + 15 = 21, lifted to the 25 % minimum. */
    @Test
    void mostlyWniCrewInOwnFactoryIsLiftedToTheMinimum() {
        TkdnAssessment a = assess(List.of(material(Origin.imported(), 1000),
                CostLine.of("crew (WNI)", CostKind.DIRECT_LABOUR, 600, Origin.domestic()),
                CostLine.of("crew (WNA)", CostKind.DIRECT_LABOUR, 400, Origin.imported())));

        assertThat(a.tkdnPercent()).isEqualByComparingTo("25");
        assertThat(a.notes()).containsExactly("tkdn.rule.p35.minimum");
    }

    @Test
    void crewHalfForeignIsNotLiftedToTheMinimum() {
        TkdnAssessment a = assess(List.of(material(Origin.imported(), 1000),
                CostLine.of("crew (WNI)", CostKind.DIRECT_LABOUR, 500, Origin.domestic()),
                CostLine.of("crew (WNA)", CostKind.DIRECT_LABOUR, 500, Origin.imported())));

        assertThat(a.tkdnPercent()).isEqualByComparingTo("20");
        assertThat(a.notes()).isEmpty();
    }

    /** DOMAIN-DATA.md §6.4 cascade: a 70 % tier-2 sleeve counts as 80 % in the buyer's material. */
    @Test
    void tierTwoCertificateCascadesThroughItsBand() {
        TkdnAssessment a = assess(List.of(
                CostLine.of("cylinder sleeve (IKM, TKDN 70 %)", CostKind.BOUGHT_IN_PART, 50000, Origin.certified("70"))));

        assertThat(a.category(CostCategory.DIRECT_MATERIAL).domesticPercent()).isEqualByComparingTo("80");
    }

    @Test
    void bmpIsReportedBesideTkdnAndTheirSumIsTheCertificateFigure() {
        CostStructure s = new CostStructure("brake block", brakeBlock(Origin.domestic()), FactoryBasis.OWN_FACTORY,
                BmpClaim.stated(new BigDecimal("6")));

        TkdnAssessment a = tkdn.assess(s, Regulation.PERMENPERIN_35_2025);

        assertThat(a.bmpPercent()).isEqualByComparingTo("6");
        assertThat(a.totalPercent()).isEqualByComparingTo("95.69");
    }

    static List<CostLine> brakeBlock(Origin labourOrigin) {
        return List.of(
                CostLine.of("pig iron and scrap", CostKind.SCRAP, 60000, Origin.domestic()),
                CostLine.of("ferro-phosphorus", CostKind.FERRO_ALLOY, 5000, Origin.imported()),
                CostLine.of("steel backing plate", CostKind.BOUGHT_IN_PART, 15000, Origin.certified("45")),
                CostLine.of("moulding and fettling crew", CostKind.DIRECT_LABOUR, 20000, labourOrigin),
                CostLine.of("cupola and energy", CostKind.ENERGY, 15000, Origin.domestic()),
                CostLine.of("imported pattern plate", CostKind.TOOL_DEPRECIATION, 5000, Origin.imported()));
    }

    private TkdnAssessment assess(List<CostLine> lines) {
        return tkdn.assess(new CostStructure("part", lines, FactoryBasis.OWN_FACTORY), Regulation.PERMENPERIN_35_2025);
    }

    private static CostLine material(Origin origin, long cost) {
        return CostLine.of("component", CostKind.BOUGHT_IN_PART, cost, origin);
    }

    private static CostLine labour(Origin origin) {
        return CostLine.of("crew", CostKind.DIRECT_LABOUR, 1000, origin);
    }
}
