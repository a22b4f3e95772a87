package id.sentra.tkdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The procurement ladder (PP 29/2018, Perpres 16/2018 jo 12/2021 and 46/2025) and the verdict with its margin. */
class TenderTests {

    private final Tkdn tkdn = new Tkdn();

    /** 32 + 10 = 42 ≥ 40: the product itself makes domestic purchase mandatory; 7 points above the 25 line. */
    @Test
    void productReachingFortyWithBmpIsEligibleUnderTheObligation() {
        TenderVerdict v = tkdn.judge(offer("IKM Ceper", "32", "10"), List.of(TenderOffer.imported("importer")));

        assertThat(v.verdict()).isEqualTo(TenderVerdict.Verdict.ELIGIBLE);
        assertThat(v.rung()).isEqualTo(ProcurementRung.OBLIGATION);
        assertThat(v.marginPp()).isEqualByComparingTo("7");
        assertThat(v.obligationMarginPp()).isEqualByComparingTo("2");
        assertThat(v.ruleKey()).isEqualTo("tkdn.tender.rule.OBLIGATION");
    }

    @Test
    void productBelowTwentyFiveIsExcludedWhenAFortyPercentProductExists() {
        TenderVerdict v = tkdn.judge(offer("IKM Tegal", "22.5", "15"), List.of(offer("rival", "30", "10")));

        assertThat(v.verdict()).isEqualTo(TenderVerdict.Verdict.EXCLUDED);
        assertThat(v.marginPp()).isEqualByComparingTo("-2.5");
        assertThat(v.mayCompete()).isFalse();
    }

    /** Perpres 66(3): a qualifying product in the ministry's inventory triggers the obligation without bidding. */
    @Test
    void inventoryListingTriggersTheObligationEvenWithoutBidding() {
        List<TenderVerdict> v = tkdn.judge(List.of(offer("IKM", "27", "0")), List.of(offer("listed", "35", "5")));

        assertThat(v.getFirst().rung()).isEqualTo(ProcurementRung.OBLIGATION);
        assertThat(v.getFirst().verdict()).isEqualTo(TenderVerdict.Verdict.ELIGIBLE);
    }

    @Test
    void withoutAFortyPercentProductTwentyFiveIsStillTheLine() {
        List<TenderVerdict> v = tkdn.judge(List.of(offer("A", "26", "0"), offer("B", "24", "10")), List.of());

        assertThat(v).extracting(TenderVerdict::rung).containsOnly(ProcurementRung.TKDN_25);
        assertThat(v).extracting(TenderVerdict::verdict)
                .containsExactly(TenderVerdict.Verdict.ELIGIBLE, TenderVerdict.Verdict.EXCLUDED);
    }

    @Test
    void belowTwentyFiveIsAFallbackWhenNothingHigherExistsAndSiinasAndImportsWaitBehind() {
        List<TenderVerdict> v = tkdn.judge(List.of(offer("A", "20", "0"), TenderOffer.siinas("B"),
                TenderOffer.imported("C")), List.of());

        assertThat(v).extracting(TenderVerdict::verdict).containsExactly(TenderVerdict.Verdict.ELIGIBLE_AS_FALLBACK,
                TenderVerdict.Verdict.EXCLUDED, TenderVerdict.Verdict.EXCLUDED);
        assertThat(v.getFirst().ruleKey()).isEqualTo("tkdn.tender.rule.TKDN_BELOW_25");
    }

    @Test
    void importsMayCompeteOnlyWhenNoDomesticProductExists() {
        TenderVerdict v = tkdn.judge(TenderOffer.imported("importer"), List.of());

        assertThat(v.verdict()).isEqualTo(TenderVerdict.Verdict.ELIGIBLE_AS_FALLBACK);
        assertThat(v.rung()).isEqualTo(ProcurementRung.IMPORT);
    }

    @Test
    void siinasProductIsTheFallbackBeforeImports() {
        List<TenderVerdict> v = tkdn.judge(List.of(TenderOffer.siinas("IKM"), TenderOffer.imported("importer")), List.of());

        assertThat(v).extracting(TenderVerdict::verdict)
                .containsExactly(TenderVerdict.Verdict.ELIGIBLE_AS_FALLBACK, TenderVerdict.Verdict.EXCLUDED);
    }

    @Test
    void offerFromAnAssessmentCarriesItsTkdnAndBmp() {
        CostStructure s = new CostStructure("brake block", Permenperin35Tests.brakeBlock(Origin.domestic()),
                FactoryBasis.OWN_FACTORY, BmpClaim.stated(BigDecimal.TEN));

        TenderOffer offer = TenderOffer.of("IKM Ceper", tkdn.assess(s, Regulation.PERMENPERIN_35_2025));

        assertThat(offer.tkdnPercent()).isEqualByComparingTo("89.69");
        assertThat(tkdn.judge(offer, List.of()).obligationMarginPp()).isEqualByComparingTo("59.69");
    }

    @Test
    void aBmpAboveFifteenDoesNotBuyTheObligation() {
        assertThat(tkdn.minimumTkdnForObligation(new BigDecimal("20"))).isEqualByComparingTo("25");
        assertThat(tkdn.judge(offer("A", "24", "20"), List.of()).rung()).isEqualTo(ProcurementRung.TKDN_BELOW_25);
    }

    private static TenderOffer offer(String bidder, String tkdnPercent, String bmpPercent) {
        return TenderOffer.certified(bidder, new BigDecimal(tkdnPercent), new BigDecimal(bmpPercent));
    }
}
