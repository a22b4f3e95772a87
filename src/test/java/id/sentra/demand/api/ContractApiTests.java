package id.sentra.demand.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contracts API as a buyer's or cooperative's own system uses it: scope, the RFQ-to-award flow, conflicts. */
@SentraIntegrationTest
class ContractApiTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void aBuyerListsOnlyItsOwnContractsAndIsRefusedAnotherBuyers() throws Exception {
        var page = read(call(get("/api/v1/contracts?size=200"), "buyer"));

        assertThat(page.get("total").asInt()).isPositive();
        page.get("items").forEach(item -> assertThat(item.get("buyerName").asString()).isEqualTo("PT Kereta Api Indonesia (Persero)"));
        var other = call(get("/api/v1/contracts/" + contract("TMMIN/PUR/CS/2026-07")), "buyer");
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(other.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void anRfqGoesFromDraftToAwardAndAStaleReplaceGetsConflict() throws Exception {
        var created = call(post("/api/v1/contracts").contentType(MediaType.APPLICATION_JSON).content(rfq("API uji", 150)), "buyer");
        assertThat(created.getStatus()).isEqualTo(201);
        var rfq = read(created);
        long id = rfq.get("id").asLong();
        int opened = rfq.get("version").asInt();
        assertThat(rfq.get("status").asString()).isEqualTo("DRAFT");
        assertThat(rfq.get("lines").get(0).get("scheduledTotal").asInt()).isEqualTo(450);

        var revised = call(put("/api/v1/contracts/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + opened + ", \"details\": " + rfq("API uji revisi", 160) + "}"), "buyer");
        assertThat(revised.getStatus()).isEqualTo(200);
        var stale = call(put("/api/v1/contracts/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + opened + ", \"details\": " + rfq("API uji tertimpa", 10) + "}"), "buyer");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(read(stale).get("title").asString()).isEqualTo("Konflik versi");

        var open = read(call(json(post("/api/v1/contracts/" + id + "/publish"), "{\"version\": " + version(id) + "}"), "buyer"));
        assertThat(open.get("status").asString()).isEqualTo("OPEN");
        var quoted = read(call(json(post("/api/v1/contracts/" + id + "/quotes"),
                "{\"version\": " + version(id) + ", \"unitPrices\": [178000], \"leadTimeDays\": 30, \"capacityPerMonth\": 2000}"), "operator"));
        assertThat(quoted.get("status").asString()).isEqualTo("QUOTED");
        assertThat(quoted.get("quotes").get(0).get("totalValue").asLong()).isEqualTo(178_000L * 480);
        var awarded = read(call(json(post("/api/v1/contracts/" + id + "/award"), "{\"version\": " + version(id) + ", \"quoteNo\": 1}"), "buyer"));
        assertThat(awarded.get("status").asString()).isEqualTo("AWARDED");
        assertThat(awarded.get("lines").get(0).get("unitPrice").asLong()).isEqualTo(178_000);
        assertThat(awarded.get("title").asString()).isEqualTo("API uji revisi");
    }

    @Test
    void anActionTheStatusDoesNotAllowAnswersConflictNamingTheStatus() throws Exception {
        long kai = contract("KAI/PGD/BR-M/2026-07");

        var response = call(json(post("/api/v1/contracts/" + kai + "/publish"), "{\"version\": " + version(kai) + "}"), "buyer");

        assertThat(response.getStatus()).isEqualTo(409);
        var problem = read(response);
        assertThat(problem.get("contractStatus").asString()).isEqualTo("IN_PRODUCTION");
        assertThat(problem.get("detail").asString()).contains("Dalam produksi");
    }

    @Test
    void theOperatorSeesTheOfftakeShortfallOfTheKaiContractAmongItsWarnings() throws Exception {
        var warnings = read(call(get("/api/v1/contracts/warnings"), "operator")).get("items");

        var kai = java.util.stream.StreamSupport.stream(warnings.spliterator(), false)
                .filter(w -> w.get("reference").asString().equals("KAI/PGD/BR-M/2026-07")).findFirst().orElseThrow();
        assertThat(kai.get("strandedPieces").asInt()).isEqualTo(5_400);
        assertThat(kai.get("valueAtRisk").asLong()).isEqualTo(999_000_000L);
    }

    @Test
    void aCallOffBeyondTheScheduleIsABrokenRuleNamingThePeriod() throws Exception {
        long kai = contract("KAI/PGD/BR-M/2026-07");
        var response = call(json(post("/api/v1/contracts/" + kai + "/call-offs"),
                "{\"version\": " + version(kai) + ", \"lineNo\": 1, \"period\": \"2040-01\", \"quantity\": 100}"), "buyer");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(read(response).get("errors").get(0).get("field").asString()).isEqualTo("period");
    }

    private String rfq(String title, int perMonth) {
        long cooperative = accounts.findByUsername("operator").orElseThrow().cooperativeId();
        var first = YearMonth.now().plusMonths(1);
        return """
                {"title": "%s", "reference": "API/%s", "cooperativeId": %d, "tkdnFloor": 40,
                 "quality": {"minCpk": 1.33, "certificate": "EN_10204_3_1", "chemistryCertificate": true},
                 "lines": [{"specification": {"partName": "Blok rem metalik", "buyerPartNumber": "KAI-BR-API",
                   "drawingReference": "DWG-API", "drawingRevision": "A", "materialGrade": "besi fosfor (blok rem)",
                   "materialFamily": "HIGH_PHOSPHORUS_IRON", "processes": ["SAND_CASTING"], "unitWeightKg": 8.2},
                   "targetPrice": 180000,
                   "schedule": [{"period": "%s", "quantity": %d}, {"period": "%s", "quantity": %d}, {"period": "%s", "quantity": %d}]}]}"""
                .formatted(title, title.hashCode(), cooperative, first, perMonth, first.plusMonths(1), perMonth,
                        first.plusMonths(2), perMonth);
    }

    private int version(long id) {
        return jdbc.sql("select version from contract where id = :id").param("id", id).query(Integer.class).single();
    }

    private long contract(String reference) {
        return jdbc.sql("select id from contract where reference = :r").param("r", reference).query(Long.class).single();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String username) throws Exception {
        var token = tokens.issue(accounts.findByUsername(username).orElseThrow().accountId(), "contract api test").token();
        return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }
}
