package id.sentra.quality.inspection;

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

/** The non-conformance reports of the API one bounded page at a time: every report in scope exactly once, newest first. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NcrListPagingTests {

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
    void pagesServeEveryReportExactlyOnceNewestFirst() throws Exception {
        var expected = jdbc.sql("select id from ncr order by id desc").query(Long.class).list();
        assertThat(expected).hasSizeGreaterThan(2);
        assertThat(CursorWalk.ids(mvc, json, adminToken, "/api/v1/ncrs", 2)).containsExactlyElementsOf(expected);
    }

    @Test
    void aLimitBelowOneIsRefusedByName() throws Exception {
        mvc.perform(get("/api/v1/ncrs").param("limit", "0").header("Authorization", adminToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }
}
