package id.sentra.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.SentraIntegrationTest;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ProductFamily;
import id.sentra.demand.Rupiah;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.Accounts;
import id.sentra.tkdn.product.ProductCosts;

/**
 * The TKDN distribution of substituted products on the {@link SubstitutionFixture}: its imported line is made by two
 * members, of whom only the first has a cost structure, so the line's TKDN is that member's.
 */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubstitutionTkdnTests {

    @Autowired ImportSubstitution substitution;
    @Autowired SubstitutionTkdn distribution;
    @Autowired ProductCosts products;
    @Autowired ContractRegistry registry;
    @Autowired ContractSearch search;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private BigDecimal memberATkdn;

    @BeforeAll
    void theFirstMemberAssessesItsPropeller() {
        var made = SubstitutionFixture.ensure(registry, search, accounts, jdbc);
        var admin = accounts.findByUsername("admin").orElseThrow();
        try {
            products.start(admin, made.memberA(), made.contractId(), 1);
        } catch (InvalidInputException alreadyStartedByAnEarlierRun) {
            // the fixture is shared; the product exists once per database
        }
        long product = jdbc.sql("select id from tkdn_product where member_id = :m and contract_id = :c and line_no = 1")
                .param("m", made.memberA()).param("c", made.contractId()).query(Long.class).single();
        memberATkdn = products.figures(admin, product).tkdnPercent();
    }

    private TkdnDistribution ships2031() {
        var ministry = accounts.findByUsername("ministry").orElseThrow();
        return distribution.of(substitution.figures(ministry, new SubstitutionFilter(null, ProductFamily.SHIP_COMPONENT, 2031)));
    }

    @Test
    void theSubstitutedValueFallsInTheBandOfItsLinesTkdn() {
        var d = ships2031();

        var band = d.bands().stream().filter(b -> memberATkdn.compareTo(b.from()) >= 0
                && (b.to() == null || memberATkdn.compareTo(b.to()) < 0)).findFirst().orElseThrow();
        assertThat(band.value()).isEqualTo(Rupiah.of(22_500_000));
        assertThat(band.lines()).isEqualTo(1);
        assertThat(d.assessed()).isEqualTo(Rupiah.of(22_500_000));
    }

    @Test
    void aLineMadeByOneAssessedMemberCarriesThatMembersTkdnAsTheMean() {
        var d = ships2031();

        assertThat(d.meanTkdn()).isEqualByComparingTo(memberATkdn);
        assertThat(d.notAssessed()).isEqualTo(Rupiah.ZERO);
        assertThat(d.linesNotAssessed()).isZero();
    }
}
