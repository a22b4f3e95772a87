package id.sentra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;

/** What the people who run Sentra rely on: health with the database in it, Prometheus metrics for the platform only. */
@SentraIntegrationTest
class OperationsTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;

    @Test
    void healthReportsTheDatabaseToTheAdministrator() throws Exception {
        var body = mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + tokenOf("admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"db\"").contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusScrapeWorksWithAnAdministratorToken() throws Exception {
        var response = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + tokenOf("admin")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void prometheusIsClosedToOtherRoles() throws Exception {
        var response = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + tokenOf("operator")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void aRevokedTokenNoLongerOpensTheApi() throws Exception {
        long account = accounts.findByUsername("buyer").orElseThrow().accountId();
        var issued = tokens.issue(account, "to be revoked");
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token())).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        tokens.revoke(account, issued.id());

        var response = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
    }

    private String tokenOf(String username) {
        return tokens.issue(accounts.findByUsername(username).orElseThrow().accountId(), "operations test").token();
    }
}
