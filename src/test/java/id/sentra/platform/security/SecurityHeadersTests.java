package id.sentra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;

/** Every page and API answer carries the browser protections, also now that they are written before the body. */
@SentraIntegrationTest
class SecurityHeadersTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;

    @Test
    void aRenderedPageForbidsFramingForeignScriptsAndCaching() throws Exception {
        var buyer = accounts.findByUsername("buyer").orElseThrow();

        var response = mvc.perform(get("/contracts").with(user(buyer))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("</html>");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void anApiAnswerIsNeitherSniffedNorCached() throws Exception {
        String token = tokens.issue(accounts.findByUsername("buyer").orElseThrow().accountId(), "headers test").token();

        var response = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void theSignInPageCarriesThemBeforeAnyoneHasSignedIn() throws Exception {
        var response = mvc.perform(get("/login")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
    }
}
