package id.sentra.tkdn.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.SentraIntegrationTest;
import id.sentra.demand.ContractTkdn;
import id.sentra.demand.TkdnStanding;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;

/** A contract's TKDN weighted by the value each member makes of it, and the warning when its floor is at risk. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractTkdnTests {

    @Autowired ContractTkdn contractTkdn;
    @Autowired ProductCosts products;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private TkdnFixtures fixtures;
    private SentraUser admin;
    private SentraUser operator;

    @BeforeAll
    void users() {
        fixtures = new TkdnFixtures(jdbc);
        admin = accounts.findByUsername("admin").orElseThrow();
        operator = accounts.findByUsername("operator").orElseThrow();
    }

    @Test
    void theContractFigureIsEachProductsTkdnWeightedByPiecesTimesTheContractPrice() {
        long contract = fixtures.contract(TkdnFixtures.BRAKE_BLOCKS);
        // By hand: every member's allocated pieces × Rp 185 000 (the line's price), times its product's TKDN.
        var weighted = BigDecimal.ZERO;
        var total = BigDecimal.ZERO;
        var rows = jdbc.sql("""
                        select p.id, sum(w.pieces) from work_order w join tkdn_product p
                          on p.member_id = w.member_id and p.contract_id = w.contract_id and p.line_no = w.line_no
                        where w.contract_id = :c group by p.id""")
                .param("c", contract).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] row : rows) {
            var value = BigDecimal.valueOf(row[1]).multiply(BigDecimal.valueOf(185_000));
            weighted = weighted.add(value.multiply(products.figures(admin, row[0]).tkdnPercent()));
            total = total.add(value);
        }
        var byHand = weighted.divide(total, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);

        var standing = contractTkdn.standing(operator, contract);

        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(standing.tkdnPercent()).isEqualByComparingTo(byHand);
        assertThat(standing.regulation()).isEqualTo("Permenperin 35/2025");
        assertThat(standing.parts().stream().map(TkdnStanding.Part::valueSharePercent).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isCloseTo(BigDecimal.valueOf(100), org.assertj.core.data.Offset.offset(new BigDecimal("0.1")));
    }

    @Test
    void theBuyerOfTheContractSeesItsTkdnAndAnotherBuyerNothing() {
        var buyer = accounts.findByUsername("buyer").orElseThrow();

        assertThat(contractTkdn.standing(buyer, fixtures.contract(TkdnFixtures.BRAKE_BLOCKS))).isNotNull();
        assertThat(contractTkdn.standing(buyer, fixtures.contract(TkdnFixtures.SLEEVES))).isNull();
    }

    @Test
    void theDemoManholeContractWarnsThatItsFloorIsAtRisk() {
        var standing = contractTkdn.standing(operator, fixtures.contract(TkdnFixtures.MANHOLES));

        assertThat(standing.warns()).as("TKDN %s against floor %s", standing.tkdnPercent(), standing.floorPercent()).isTrue();
        assertThat(contractTkdn.atRisk(operator)).extracting(TkdnStanding::reference).contains(TkdnFixtures.MANHOLES);
    }

    @Test
    void aMemberSwitchingToImportedPigIronPutsTheSleeveContractBelowItsFloor() {
        long sleeves = fixtures.contract(TkdnFixtures.SLEEVES);
        long product = fixtures.product(TkdnFixtures.SLEEVES, 1, 0);
        var before = products.sheet(admin, product);
        assertThat(contractTkdn.standing(operator, sleeves).risk()).isEqualTo(TkdnStanding.Risk.MET);
        try {
            // Every material imported: only labour and overhead count, 10 + 15 = 25 % against a floor of 40 %.
            var imported = before.draft().lines().stream().map(l -> l.kind().category() == id.sentra.tkdn.CostCategory.DIRECT_MATERIAL
                    ? new LineDraft(l.item(), l.kind(), l.quantity(), l.unitPrice(), OriginKind.IMPORTED, null, null, false) : l).toList();
            products.revise(admin, product, before.version(), new CostDraft(before.draft().regulation(), before.draft().factoryBasis(),
                    before.draft().bmpPercent(), before.draft().heatsFrom(), before.draft().heatsTo(), imported));

            var standing = contractTkdn.standing(operator, sleeves);

            assertThat(standing.tkdnPercent()).isEqualByComparingTo("25.00");
            assertThat(standing.risk()).isEqualTo(TkdnStanding.Risk.BELOW_FLOOR);
            assertThat(standing.marginPp()).isEqualByComparingTo("-15.00");
            assertThat(contractTkdn.atRisk(operator)).extracting(TkdnStanding::reference).contains(TkdnFixtures.SLEEVES);
        } finally {
            products.revise(admin, product, products.sheet(admin, product).version(), before.draft());
        }
    }
}
