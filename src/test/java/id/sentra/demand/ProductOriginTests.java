package id.sentra.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;

/** A line's product family and prior source: the rules, who records it, and the demo lines from the articles. */
@SentraIntegrationTest
class ProductOriginTests {

    @Autowired ContractRegistry registry;
    @Autowired ContractSearch search;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void aCountryIsOnlyForAnImportedProduct() {
        var problems = ContractRules.check(new ProductOrigin(ProductFamily.PUMP_PART, PriorSource.DOMESTIC_LARGE_INDUSTRY, "JP"), "");

        assertThat(problems).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("priorCountry", "rfq.priorCountry.onlyImported"));
    }

    @Test
    void anImportedProductNamesAKnownIsoCountryOrNone() {
        assertThat(ContractRules.check(ProductOrigin.imported(ProductFamily.BRAKE_BLOCK, "jp"), "")).isEmpty();
        assertThat(ContractRules.check(ProductOrigin.imported(ProductFamily.BRAKE_BLOCK, " "), "")).isEmpty();
        assertThat(ContractRules.check(ProductOrigin.imported(ProductFamily.BRAKE_BLOCK, "XX"), ""))
                .extracting(FieldProblem::messageKey).containsExactly("rfq.priorCountry.unknown");
    }

    @Test
    void aFamilyAndAPriorSourceAreRequired() {
        assertThat(ContractRules.check(new ProductOrigin(null, null, null), "lines[0]."))
                .extracting(FieldProblem::field).containsExactly("lines[0].productFamily", "lines[0].priorSource");
    }

    @Test
    void anRfqLineLeftWithoutOriginIsNotRecorded() {
        var line = new RfqLine(ContractFixtures.metallicBrakeBlock(), null, List.of(), null);

        assertThat(line.origin()).isEqualTo(ProductOrigin.NOT_RECORDED);
    }

    @Test
    void theSupplyingOperatorRecordsThePriorSourceOfAContractInProduction() {
        long pumps = contract("PMI/PUR/PUMP/2026-07");
        var operator = user("operator");

        registry.recordOrigin(operator, pumps, search.get(operator, pumps).version(), 2,
                ProductOrigin.imported(ProductFamily.PUMP_PART, "cn"));

        var line = search.get(operator, pumps).lines().get(1);
        assertThat(line.origin()).isEqualTo(new ProductOrigin(ProductFamily.PUMP_PART, PriorSource.IMPORTED, "CN"));
        registry.recordOrigin(operator, pumps, search.get(operator, pumps).version(), 2,
                ProductOrigin.of(ProductFamily.PUMP_PART, PriorSource.DOMESTIC_IKM));
    }

    @Test
    void aStaleVersionIsRefused() {
        long sleeves = contract("TMMIN/PUR/CS/2026-07");

        assertThatThrownBy(() -> registry.recordOrigin(user("admin"), sleeves, -1, 1,
                ProductOrigin.imported(ProductFamily.CYLINDER_SLEEVE, null))).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void anotherBuyerAndTheMinistryMayNotRecordIt() {
        long sleeves = contract("TMMIN/PUR/CS/2026-07");
        var origin = ProductOrigin.imported(ProductFamily.CYLINDER_SLEEVE, null);

        assertThatThrownBy(() -> registry.recordOrigin(user("buyer"), sleeves, 0, 1, origin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.recordOrigin(user("ministry"), sleeves, 0, 1, origin)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWrongCountryIsNamedByField() {
        long sleeves = contract("TMMIN/PUR/CS/2026-07");
        var admin = user("admin");

        assertThatThrownBy(() -> registry.recordOrigin(admin, sleeves, search.get(admin, sleeves).version(), 1,
                new ProductOrigin(ProductFamily.CYLINDER_SLEEVE, PriorSource.NEW_PRODUCT, "JP")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("priorCountry"));
    }

    @Test
    void theDemoSleevesWereImportedAndTheManholeCoversBoughtFromLargeDomesticIndustry() {
        var admin = user("admin");

        assertThat(search.get(admin, contract("TMMIN/PUR/CS/2026-07")).lines().getFirst().origin())
                .isEqualTo(ProductOrigin.imported(ProductFamily.CYLINDER_SLEEVE, null));
        assertThat(search.get(admin, contract("PDAM-SKA/PBJ/2026/118")).lines()).extracting(l -> l.origin().priorSource())
                .containsOnly(PriorSource.DOMESTIC_LARGE_INDUSTRY);
    }

    private long contract(String reference) {
        return jdbc.sql("select id from contract where reference = :r").param("r", reference).query(Long.class).single();
    }

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
