package id.sentra.quality.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.CursorWalk;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;
import tools.jackson.databind.json.JsonMapper;

/** Product specifications of the API one bounded page at a time: every one in scope exactly once, by part number. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpecificationListPagingTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    private String adminToken;

    @BeforeAll
    void token() {
        adminToken = "Bearer " + tokens.issue(accounts.findByUsername("admin").orElseThrow().accountId(), "paging").token();
    }

    @Test
    void pagesServeEverySpecificationExactlyOnceByPartNumber() throws Exception {
        var expected = jdbc.sql("select id from product_spec order by part_number, id").query(Long.class).list();
        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(CursorWalk.ids(mvc, json, adminToken, "/api/v1/specifications", 3)).containsExactlyElementsOf(expected);
    }

    @Test
    void theBuyerPagesOnlyItsOwnOrganisationsSpecifications() throws Exception {
        var buyer = accounts.findByUsername("buyer").orElseThrow();
        String token = "Bearer " + tokens.issue(buyer.accountId(), "paging").token();
        var expected = jdbc.sql("select id from product_spec where buyer_id = :b order by part_number, id")
                .param("b", buyer.buyerId()).query(Long.class).list();
        assertThat(CursorWalk.ids(mvc, json, token, "/api/v1/specifications", 1)).containsExactlyElementsOf(expected);
    }

    @Test
    void aLimitAboveAThousandIsRefusedByName() throws Exception {
        mvc.perform(get("/api/v1/specifications").param("limit", "5000").header("Authorization", adminToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }
}
