package id.sentra.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ProductFamily;
import id.sentra.demand.Rupiah;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;

/** The import-substitution figures against the hand computation in {@link SubstitutionFixture}. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportSubstitutionTests {

    @Autowired ImportSubstitution substitution;
    @Autowired ContractRegistry registry;
    @Autowired ContractSearch search;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private SubstitutionFixture.Made made;
    private long workersAB;

    @BeforeAll
    void writeTheCase() {
        made = SubstitutionFixture.ensure(registry, search, accounts, jdbc);
        workersAB = jdbc.sql("select sum(workforce) from member where id in (:a, :b)")
                .param("a", made.memberA()).param("b", made.memberB()).query(Long.class).single();
    }

    private SubstitutionFigures ships2031(String username) {
        return substitution.figures(user(username), new SubstitutionFilter(null, ProductFamily.SHIP_COMPONENT, 2031));
    }

    @Test
    void valueIsShippedAndMadePiecesOfImportedLinesAtContractPrice() {
        var totals = ships2031("ministry").totals();

        assertThat(totals.piecesShipped()).isEqualTo(40 + 30);
        assertThat(totals.valueShipped()).isEqualTo(Rupiah.of(17_500_000));
        assertThat(totals.piecesMade()).isEqualTo(20);
        assertThat(totals.valueMade()).isEqualTo(Rupiah.of(5_000_000));
        assertThat(totals.value()).isEqualTo(Rupiah.of(22_500_000));
    }

    @Test
    void countsTheMembersTheirWorkersAndTheBuyerOnce() {
        var figures = ships2031("ministry");

        assertThat(figures.totals().members()).isEqualTo(2);
        assertThat(figures.totals().workers()).isEqualTo(workersAB);
        assertThat(figures.totals().buyers()).isEqualTo(1);
        assertThat(figures.rows()).singleElement().satisfies(row -> {
            assertThat(row.clusterId()).isEqualTo(made.clusterId());
            assertThat(row.family()).isEqualTo(ProductFamily.SHIP_COMPONENT);
            assertThat(row.value()).isEqualTo(Rupiah.of(22_500_000));
            assertThat(row.workers()).isEqualTo(workersAB);
        });
    }

    @Test
    void splitsTheValueByQuarterOfShippingOrMaking() {
        assertThat(ships2031("ministry").byQuarter()).containsExactly(
                new SubstitutionFigures.QuarterValue("2031-Q1", ProductFamily.SHIP_COMPONENT, Rupiah.of(10_000_000)),
                new SubstitutionFigures.QuarterValue("2031-Q2", ProductFamily.SHIP_COMPONENT, Rupiah.of(12_500_000)));
    }

    @Test
    void keepsTheValueOfEachImportedLineForATkdnDistribution() {
        assertThat(ships2031("ministry").lines()).containsExactly(new SubstitutionFigures.LineValue(made.contractId(), 1,
                made.clusterId(), ProductFamily.SHIP_COMPONENT, Rupiah.of(22_500_000)));
    }

    @Test
    void everyYearAddsTheOrderShippedIn2030() {
        var all = substitution.figures(user("ministry"), new SubstitutionFilter(null, ProductFamily.SHIP_COMPONENT, null));

        assertThat(all.totals().value()).isEqualTo(Rupiah.of(22_500_000 + 15_000_000));
    }

    @Test
    void anotherClusterHasNone() {
        long other = jdbc.sql("select min(id) from cluster where id <> :c").param("c", made.clusterId()).query(Long.class).single();

        var figures = substitution.figures(user("ministry"), new SubstitutionFilter(other, ProductFamily.SHIP_COMPONENT, 2031));

        assertThat(figures.rows()).isEmpty();
        assertThat(figures.totals().value()).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void theOperatorSeesItsOwnCooperativeOnly() {
        assertThat(ships2031("operator").totals().value()).isEqualTo(Rupiah.of(22_500_000));
        assertThat(ships2031("operator.tegal").totals().value()).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void membersAndBuyersAreRefused() {
        for (var username : List.of("member", "buyer")) {
            assertThatThrownBy(() -> ships2031(username)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
