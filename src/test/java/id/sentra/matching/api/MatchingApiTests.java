package id.sentra.matching.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The matchmaking API as a buyer's system reads it: a page of ranked members with the counts and common lacks. */
@SentraIntegrationTest
class MatchingApiTests {

    private static final String SPECTROMETER = "/api/v1/matching?material=GREY_IRON&equipment=SPECTROMETER&kgPerMonth=500";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void answersFiftyMembersByDefaultWithTheCountsOfAll() throws Exception {
        long active = jdbc.sql("select count(*) from member where active = true").query(Long.class).single();

        var page = read(SPECTROMETER);

        assertThat(page.get("members")).hasSize(50);
        assertThat(page.get("eligible").asLong() + page.get("notEligible").asLong()).isEqualTo(active);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(page.get("limit").asInt()).isEqualTo(50);
        assertThat(page.get("more").asBoolean()).isTrue();
    }

    @Test
    void eachMemberKeepsItsFields() throws Exception {
        var first = read(SPECTROMETER + "&limit=1").get("members").get(0);

        assertThat(first.propertyNames()).contains("memberId", "legalName", "cooperative", "cluster", "kabupaten", "eligible",
                "score", "distanceKm", "freeKgPerMonth", "why", "lacks");
        assertThat(first.get("eligible").asBoolean()).isTrue();
    }

    @Test
    void theOffsetPagesOnPastTheEligibleToWhatTheOthersLack() throws Exception {
        long eligible = read(SPECTROMETER + "&limit=1").get("eligible").asLong();

        var others = read(SPECTROMETER + "&offset=" + eligible + "&limit=3").get("members");

        assertThat(others).hasSize(3);
        assertThat(others.get(0).get("eligible").asBoolean()).isFalse();
        assertThat(others.get(0).get("lacks").get(0).asString()).isNotBlank();
    }

    @Test
    void namesTheConditionsMostOftenFailedWithTheirCounts() throws Exception {
        var lacks = read(SPECTROMETER + "&limit=1").get("commonLacks");

        assertThat(lacks).isNotEmpty();
        assertThat(lacks.get(0).get("lack").asString()).isEqualTo("tidak memiliki Spektrometer");
        assertThat(lacks.get(0).get("members").asLong()).isPositive();
    }

    private JsonNode read(String path) throws Exception {
        var token = tokens.issue(accounts.findByUsername("buyer").orElseThrow().accountId(), "matching api test").token();
        var response = mvc.perform(get(path).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "id")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
