package id.sentra.tkdn.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.ChargeUse;
import id.sentra.quality.Element;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.HeatDraft;

/** Stored cost structures on the real database: origin from the heats with its evidence, stale edits, who sees what. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductCostsTests {

    /** A month no demo heat falls in, so the heats below are the only ones counted. */
    private static final LocalDate FROM = LocalDate.of(2030, 1, 1);
    private static final LocalDate TO = LocalDate.of(2030, 1, 31);

    @Autowired ProductCosts products;
    @Autowired HeatBook heats;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private TkdnFixtures fixtures;
    private SentraUser admin;
    private SentraUser operator;
    private long pumpProduct;
    private long pumpMember;

    @BeforeAll
    void twoHeatsOfAPumpMakerInJanuary2030() {
        fixtures = new TkdnFixtures(jdbc);
        admin = accounts.findByUsername("admin").orElseThrow();
        operator = accounts.findByUsername("operator").orElseThrow();
        pumpProduct = fixtures.productNotOf(TkdnFixtures.PUMPS, 2, accounts.findByUsername("member").orElseThrow().memberId());
        pumpMember = fixtures.memberOf(pumpProduct);
        heats.record(admin, pumpMember, heat("TK-3001", LocalDate.of(2030, 1, 10), "100", ChargeOrigin.DOMESTIC));
        heats.record(admin, pumpMember, heat("TK-3002", LocalDate.of(2030, 1, 20), "300", ChargeOrigin.IMPORTED));
    }

    private static HeatDraft heat(String number, LocalDate day, String pigIronKg, ChargeOrigin origin) {
        return new HeatDraft("Kupola 1", day, number, "FC200", Map.of(Element.C, new BigDecimal("3.35")), null, null, null,
                List.of(new ChargeLine(ChargeMaterial.PIG_IRON, new BigDecimal(pigIronKg), origin, "PT Krakatau", "PO-" + number),
                        new ChargeLine(ChargeMaterial.RETURNS, new BigDecimal("200"), ChargeOrigin.DOMESTIC, null, null)));
    }

    private void revise(long product, CostDraft draft) {
        products.revise(admin, product, products.sheet(admin, product).version(), draft);
    }

    @Test
    void pigIronFromHeatsIsSplitByTheWeightsMeltedInThePeriod() {
        revise(pumpProduct, TkdnFixtures.pigIronDraft(OriginKind.DOMESTIC, true, FROM, TO));

        var sheet = products.sheet(operator, pumpProduct);

        // 100 kg domestic of 400 kg: pig iron 15 000 domestic, 45 000 imported; material domestic 30 %:
        // 0.75 × 30 + 10 + 15 = 47.5 % (Permenperin 35/2025).
        assertThat(sheet.figures().tkdnPercent()).isEqualByComparingTo("47.50");
        assertThat(sheet.assessment().totalDomestic()).isEqualByComparingTo("50000");
    }

    @Test
    void theEvidenceListsEachHeatWithItsDateMaterialWeightOriginAndPurchase() {
        revise(pumpProduct, TkdnFixtures.pigIronDraft(OriginKind.DOMESTIC, true, FROM, TO));

        var evidence = products.evidence(operator, pumpProduct);

        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.lineNo()).isEqualTo(1);
            assertThat(e.domesticKg()).isEqualByComparingTo("100");
            assertThat(e.importedKg()).isEqualByComparingTo("300");
            assertThat(e.domesticSharePercent()).isEqualByComparingTo("25.00");
            assertThat(e.charges()).extracting(ChargeUse::heatNumber, ChargeUse::meltedOn, ChargeUse::material, ChargeUse::origin,
                            ChargeUse::purchaseReference)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("TK-3001", LocalDate.of(2030, 1, 10), ChargeMaterial.PIG_IRON,
                                    ChargeOrigin.DOMESTIC, "PO-TK-3001"),
                            org.assertj.core.groups.Tuple.tuple("TK-3002", LocalDate.of(2030, 1, 20), ChargeMaterial.PIG_IRON,
                                    ChargeOrigin.IMPORTED, "PO-TK-3002"));
        });
    }

    @Test
    void aPeriodHoldingOnlyTheDomesticHeatMakesThePigIronDomestic() {
        revise(pumpProduct, TkdnFixtures.pigIronDraft(OriginKind.IMPORTED, true, FROM, LocalDate.of(2030, 1, 15)));

        var sheet = products.sheet(operator, pumpProduct);

        // Material domestic 75 %: 0.75 × 75 + 25 = 81.25 %.
        assertThat(sheet.figures().tkdnPercent()).isEqualByComparingTo("81.25");
        assertThat(sheet.evidence().getFirst().heatCount()).isEqualTo(1);
    }

    @Test
    void withoutHeatsInThePeriodTheLineKeepsItsStatedOrigin() {
        revise(pumpProduct, TkdnFixtures.pigIronDraft(OriginKind.IMPORTED, true, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 31)));

        var sheet = products.sheet(operator, pumpProduct);

        assertThat(sheet.evidence().getFirst().hasHeats()).isFalse();
        assertThat(sheet.figures().tkdnPercent()).isEqualByComparingTo("36.25");
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefused() {
        int read = products.sheet(operator, pumpProduct).version();
        products.revise(operator, pumpProduct, read, TkdnFixtures.pigIronDraft(OriginKind.DOMESTIC, false, FROM, TO));

        assertThatThrownBy(() -> products.revise(operator, pumpProduct, read,
                TkdnFixtures.pigIronDraft(OriginKind.IMPORTED, false, FROM, TO)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(products.sheet(operator, pumpProduct).draft().lines().getFirst().origin()).isEqualTo(OriginKind.DOMESTIC);
    }

    @Test
    void everySavedChangeIsWrittenToTheAuditTrailWithItsActor() {
        int before = audits();
        var draft = TkdnFixtures.pigIronDraft(OriginKind.DOMESTIC, false, FROM, TO);
        revise(pumpProduct, new CostDraft(draft.regulation(), draft.factoryBasis(), new BigDecimal("3.5"), FROM, TO, draft.lines()));

        assertThat(audits()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select changed_fields from audit_event where entity_type = 'tkdnProduct' and entity_id = :id order by id desc limit 1")
                .param("id", pumpProduct).query(String.class).single()).contains("bmpPercent");
    }

    private int audits() {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'tkdnProduct' and entity_id = :id")
                .param("id", pumpProduct).query(Integer.class).single();
    }

    @Test
    void aBrokenLineIsReportedByItsRowAndField() {
        var draft = TkdnFixtures.pigIronDraft(OriginKind.DOMESTIC, false, FROM, TO);
        var lines = new java.util.ArrayList<>(draft.lines());
        lines.set(2, new LineDraft("Pasir cetak", id.sentra.tkdn.CostKind.SAND, BigDecimal.ONE, BigDecimal.ZERO, OriginKind.DOMESTIC,
                null, null, false));
        var broken = new CostDraft(draft.regulation(), draft.factoryBasis(), draft.bmpPercent(), FROM, TO, lines);
        int version = products.sheet(admin, pumpProduct).version();

        assertThatThrownBy(() -> products.revise(admin, pumpProduct, version, broken))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field(), p -> p.messageKey())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[2].unitPrice", "tkdn.error.unitPrice")));
    }

    @Test
    void aMemberSeesTheCostsOfItsOwnProductsOnly() {
        var member = accounts.findByUsername("member").orElseThrow();
        long own = fixtures.product(TkdnFixtures.SLEEVES, 1, 0);

        assertThat(products.sheet(member, own).figures().key().memberId()).isEqualTo(member.memberId());
        assertThatThrownBy(() -> products.sheet(member, pumpProduct)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> products.figures(member, pumpProduct)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBuyerSeesOnlyFiguresAndOnlyOfProductsOnItsOwnContracts() {
        var buyer = accounts.findByUsername("buyer").orElseThrow();
        long kaiProduct = fixtures.product(TkdnFixtures.BRAKE_BLOCKS, 1, 0);

        assertThat(products.figures(buyer, kaiProduct).tkdnPercent()).isPositive();
        assertThat(products.seesCosts(buyer, kaiProduct)).isFalse();
        assertThatThrownBy(() -> products.sheet(buyer, kaiProduct)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> products.figures(buyer, pumpProduct)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMinistrySeesFiguresButNoCosts() {
        var ministry = accounts.findByUsername("ministry").orElseThrow();

        assertThat(products.figures(ministry, pumpProduct).regulation()).isNotNull();
        assertThatThrownBy(() -> products.sheet(ministry, pumpProduct)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> products.revise(ministry, pumpProduct, 0, TkdnFixtures.pigIronDraft(OriginKind.DOMESTIC, false, FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOperatorOfAnotherCooperativeCannotEdit() {
        var tegal = accounts.findByUsername("operator.tegal").orElseThrow();

        assertThatThrownBy(() -> products.revise(tegal, pumpProduct, 0, TkdnFixtures.pigIronDraft(OriginKind.DOMESTIC, false, FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMembersProductListShowsItsProductsWithFigures() {
        var list = products.ofMember(operator, pumpMember);

        assertThat(list.products()).extracting(p -> p.id()).contains(pumpProduct);
        assertThat(list.products()).allSatisfy(p -> assertThat(p.verdict()).isNotNull());
    }

}
