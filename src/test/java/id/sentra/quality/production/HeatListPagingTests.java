package id.sentra.quality.production;

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

/** The heats list of the API one bounded page at a time: every heat in scope exactly once, newest first. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeatListPagingTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    private String operatorToken;
    private long cooperative;

    @BeforeAll
    void token() {
        var operator = accounts.findByUsername("operator").orElseThrow();
        cooperative = operator.cooperativeId();
        operatorToken = "Bearer " + tokens.issue(operator.accountId(), "paging").token();
    }

    @Test
    void pagesServeEveryHeatOfTheCooperativeExactlyOnceNewestFirst() throws Exception {
        var served = CursorWalk.ids(mvc, json, operatorToken, "/api/v1/heats", 97);
        var expected = jdbc.sql("select id from heat where cooperative_id = :c order by melted_on desc, id desc")
                .param("c", cooperative).query(Long.class).list();
        assertThat(expected).hasSizeGreaterThan(97 * 3);
        assertThat(served).containsExactlyElementsOf(expected);
    }

    @Test
    void withoutALimitAPageHoldsAHundred() throws Exception {
        mvc.perform(get("/api/v1/heats").header("Authorization", operatorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(100))
                .andExpect(jsonPath("$.next").isString());
    }

    @Test
    void aLimitAboveAThousandIsRefusedByName() throws Exception {
        mvc.perform(get("/api/v1/heats").param("limit", "1001").header("Authorization", operatorToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void aCursorNotMadeByTheListIsRefusedByName() throws Exception {
        mvc.perform(get("/api/v1/heats").param("cursor", "bm9uc2Vuc2U").header("Authorization", operatorToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
    }
}
