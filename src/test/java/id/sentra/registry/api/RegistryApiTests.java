package id.sentra.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API as a buyer's or cooperative's own system uses it: tokens, pages, problem details, version conflicts. */
@SentraIntegrationTest
class RegistryApiTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JsonMapper json;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void pagesThroughTheOperatorsMembers() throws Exception {
        long cooperative = accounts.findByUsername("operator").orElseThrow().cooperativeId();
        long active = jdbc.sql("select count(*) from member where cooperative_id = :c and active = true")
                .param("c", cooperative).query(Long.class).single();
        var first = read(call(get("/api/v1/members?size=50&page=0"), "operator"));
        var fourth = read(call(get("/api/v1/members?size=50&page=3"), "operator"));

        assertThat(active).isGreaterThanOrEqualTo(168);
        assertThat(first.get("total").asLong()).isEqualTo(active);
        assertThat(first.get("items")).hasSize(50);
        assertThat(fourth.get("items")).hasSize((int) (active - 150));
        assertThat(first.get("items").get(0).get("workforce").isNumber()).isTrue();
    }

    @Test
    void buyerSeesProfilesWithoutInternalFigures() throws Exception {
        var page = read(call(get("/api/v1/members?size=5"), "buyer"));

        assertThat(page.get("items")).isNotEmpty();
        assertThat(page.get("items").get(0).get("workforce").isNull()).isTrue();
        assertThat(page.get("items").get(0).get("ownerName").isNull()).isTrue();
    }

    @Test
    void aBrokenRuleAnswersWithProblemDetailsNamingTheField() throws Exception {
        var response = call(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON).content("""
                {"details": {"legalName": "CV Uji API", "nib": "12345", "ownerName": "Bu Sri",
                  "address": {"kecamatan": "Ceper", "kabupaten": "Klaten", "province": "Jawa Tengah"}, "workforce": 12,
                  "processes": ["SAND_CASTING"], "materials": ["GREY_IRON"], "equipment": [], "certifications": [],
                  "capacities": []}}"""), "operator");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        var problem = read(response);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("nib");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("13 digit");
    }

    @Test
    void aStaleRevisionIsRefusedWithConflict() throws Exception {
        var created = call(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON).content(member("3310123456789", "CV Versi")), "operator");
        assertThat(created.getStatus()).isEqualTo(201);
        var profile = read(created);
        long id = profile.get("id").asLong();
        int version = profile.get("version").asInt();
        var revision = "{\"version\": " + version + ", \"details\": " + details("3310123456789", "CV Versi Baru") + "}";
        assertThat(call(put("/api/v1/members/" + id).contentType(MediaType.APPLICATION_JSON).content(revision), "operator").getStatus())
                .isEqualTo(200);

        var stale = call(put("/api/v1/members/" + id).contentType(MediaType.APPLICATION_JSON).content(revision), "operator");

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(read(stale).get("title").asString()).isEqualTo("Konflik versi");
        assertThat(read(call(get("/api/v1/members/" + id), "operator")).get("legalName").asString()).isEqualTo("CV Versi Baru");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        var doc = read(mvc.perform(get("/v3/api-docs")).andReturn().getResponse());
        assertThat(doc.get("paths").has("/api/v1/members")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").has("apiToken")).isTrue();
    }

    private static String member(String nib, String name) {
        return "{\"details\": " + details(nib, name) + "}";
    }

    private static String details(String nib, String name) {
        return """
                {"legalName": "%s", "nib": "%s", "ownerName": "Pak Darmo",
                 "address": {"street": "Jl. Batur", "village": "Batur", "kecamatan": "Ceper", "kabupaten": "Klaten", "province": "Jawa Tengah"},
                 "location": {"latitude": -7.66, "longitude": 110.68}, "workforce": 15, "foundedYear": 1999,
                 "processes": ["SAND_CASTING"], "materials": ["GREY_IRON"],
                 "equipment": [{"kind": "FURNACE", "furnaceType": "CUPOLA", "kgPerHeat": 1000, "heatsPerDay": 2, "units": 1}],
                 "certifications": [], "capacities": [{"material": "GREY_IRON", "amount": 20000, "unit": "KG_PER_MONTH"}]}""".formatted(name, nib);
    }

    @Test
    void aPriceChangeBasedOnAnOldPriceAnswersConflictAndTheCurrentOneStays() throws Exception {
        long member = jdbc.sql("""
                select m.id from member m join member_price p on p.member_id = m.id and p.material = 'GREY_IRON'
                join account a on a.cooperative_id = m.cooperative_id and a.username = 'operator.tegal'
                order by m.id fetch first 1 rows only offset 1 rows""").query(Long.class).single();
        long price = jdbc.sql("select rupiah_per_kg from member_price where member_id = :m and material = 'GREY_IRON'")
                .param("m", member).query(Long.class).single();

        var changed = call(put("/api/v1/members/" + member + "/prices").contentType(MediaType.APPLICATION_JSON)
                .content("[{\"material\": \"GREY_IRON\", \"previous\": " + price + ", \"rupiahPerKg\": " + (price + 200) + "}]"), "operator.tegal");
        var stale = call(put("/api/v1/members/" + member + "/prices").contentType(MediaType.APPLICATION_JSON)
                .content("[{\"material\": \"GREY_IRON\", \"previous\": " + price + ", \"rupiahPerKg\": " + (price + 900) + "}]"), "operator.tegal");

        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(read(call(get("/api/v1/members/" + member + "/prices"), "operator.tegal")).toString())
                .contains("\"rupiahPerKg\":" + (price + 200));
    }

    private MockHttpServletResponse call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                         String username) throws Exception {
        var token = tokens.issue(accounts.findByUsername(username).orElseThrow().accountId(), "api test").token();
        return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
