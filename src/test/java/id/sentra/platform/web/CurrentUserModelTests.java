package id.sentra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;
import id.sentra.platform.security.SentraUser;

/** Pages know who is signed in and what day it is; redirects do not carry either in their address. */
@SentraIntegrationTest
class CurrentUserModelTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired Clock clock;

    @Test
    void aPageShowsTheSignedInUserAndKnowsToday() throws Exception {
        var buyer = accounts.findByUsername("buyer").orElseThrow();

        var result = mvc.perform(get("/account/tokens").with(user(buyer))).andReturn();

        var model = result.getModelAndView().getModel();
        assertThat(model.get("me")).isInstanceOfSatisfying(SentraUser.class, me -> assertThat(me.accountId()).isEqualTo(buyer.accountId()));
        assertThat(model.get("today")).isEqualTo(LocalDate.now(clock));
        assertThat(result.getResponse().getContentAsString()).contains("id=\"main-nav\"").contains(buyer.displayName());
    }

    @Test
    void aRedirectGoesToItsAddressWithoutTheModel() throws Exception {
        var buyer = accounts.findByUsername("buyer").orElseThrow();
        long token = tokens.issue(buyer.accountId(), "revoked by a form").id();

        var response = mvc.perform(post("/account/tokens/{id}/revoke", token).with(user(buyer)).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/account/tokens");
    }
}
