package id.sentra.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;

/** A member filter typed by hand that is not a valid value is named, with its value, wherever it is sent. */
@SentraIntegrationTest
class MemberFilterInputTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;

    @Test
    void theListNamesTheFilterItIgnoredAndSearchesWithTheOthers() throws Exception {
        var operator = accounts.findByUsername("operator").orElseThrow();
        var valid = mvc.perform(get("/members?material=STEEL").with(user(operator))).andReturn().getResponse();

        var response = mvc.perform(get("/members?minCapacityKg=abc&material=STEEL").with(user(operator))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("id=\"filter-problems\"").contains("Kapasitas minimum (kg/bulan)").contains("«abc»")
                .contains("Harus bilangan bulat.");
        assertThat(resultCount(page)).isEqualTo(resultCount(valid.getContentAsString()));
    }

    @Test
    void aValidFilterShowsNoProblem() throws Exception {
        var operator = accounts.findByUsername("operator").orElseThrow();

        var page = mvc.perform(get("/members?minCapacityKg=1000").with(user(operator))).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("filter-problems");
    }

    @Test
    void theExportSendsABadFilterBackToTheListInsteadOfAFileOfOtherMembers() throws Exception {
        var operator = accounts.findByUsername("operator").orElseThrow();

        var response = mvc.perform(get("/members/export.xlsx?minCapacityKg=abc&material=STEEL").with(user(operator)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/members?minCapacityKg=abc&material=STEEL");
    }

    @Test
    void theApiNamesTheParameterItsValueAndWhatItMustBe() throws Exception {
        var operator = accounts.findByUsername("operator").orElseThrow();
        String token = tokens.issue(operator.accountId(), "filter test").token();

        var response = mvc.perform(get("/api/v1/members?minCapacityKg=abc").header("Authorization", "Bearer " + token))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        String json = response.getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.errors[0].field")).isEqualTo("minCapacityKg");
        assertThat(JsonPath.<String>read(json, "$.errors[0].value")).isEqualTo("abc");
        assertThat(JsonPath.<String>read(json, "$.errors[0].message")).isEqualTo("Harus bilangan bulat.");
    }

    private static String resultCount(String page) {
        int at = page.indexOf("id=\"result-count\"");
        return page.substring(at, page.indexOf("</p>", at));
    }
}
