package id.sentra.tkdn.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;
import id.sentra.tkdn.product.TkdnFixtures;

/** The TKDN API: a broken cost line comes back naming its line and field; the buyer reads figures, not costs. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TkdnApiTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    private String operator;
    private long product;

    @BeforeAll
    void tokens() {
        operator = "Bearer " + tokens.issue(accounts.findByUsername("operator").orElseThrow().accountId(), "tkdn-api").token();
        product = new TkdnFixtures(jdbc).productNotOf(TkdnFixtures.MANHOLES, 1, accounts.findByUsername("member").orElseThrow().memberId());
    }

    @Test
    void aZeroUnitPriceOnTheSecondLineIsAProblemNamingThatLineAndField() throws Exception {
        mvc.perform(put("/api/v1/tkdn/products/" + product + "/costs").header("Authorization", operator)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"version": 1, "structure": {"regulation": "PERMENPERIN_35_2025", "factoryBasis": "OWN_FACTORY",
                                 "bmpPercent": 0, "heatsFrom": "2030-01-01", "heatsTo": "2030-01-31", "lines": [
                                  {"item": "Besi kasar", "kind": "PIG_IRON", "quantity": 1, "unitPrice": 9500, "origin": "DOMESTIC", "fromHeats": true},
                                  {"item": "Pasir", "kind": "SAND", "quantity": 3, "unitPrice": 0, "origin": "DOMESTIC", "fromHeats": false}]}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[1].unitPrice"))
                .andExpect(jsonPath("$.errors[0].message").value("Baris 2: harga satuan harus lebih dari nol."));
    }

    @Test
    void theContractBuyerReadsTheFiguresWithTheRegulationButNoCosts() throws Exception {
        String buyer = "Bearer " + tokens.issue(accounts.findByUsername("buyer").orElseThrow().accountId(), "tkdn-api").token();
        long kai = new TkdnFixtures(jdbc).product(TkdnFixtures.BRAKE_BLOCKS, 1, 0);

        mvc.perform(get("/api/v1/tkdn/products/" + kai).header("Authorization", buyer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regulation").value("PERMENPERIN_35_2025"))
                .andExpect(jsonPath("$.tkdnPercent").isNumber())
                .andExpect(jsonPath("$.lines").doesNotExist());
        mvc.perform(get("/api/v1/tkdn/products/" + kai + "/costs").header("Authorization", buyer)).andExpect(status().isForbidden());
    }
}
