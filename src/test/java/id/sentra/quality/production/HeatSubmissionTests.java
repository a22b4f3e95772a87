package id.sentra.quality.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Element;

/** Heats posted through the API on the lean path (issue 6 §3): the same rules, scope and audit as before, fewer statements. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeatSubmissionTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Heats heats;

    private SentraUser member;
    private String memberToken;
    private String adminToken;
    private long neighbour;

    @BeforeAll
    void tokens() {
        member = accounts.findByUsername("member").orElseThrow();
        memberToken = "Bearer " + tokens.issue(member.accountId(), "submission").token();
        adminToken = "Bearer " + tokens.issue(accounts.findByUsername("admin").orElseThrow().accountId(), "submission").token();
        neighbour = jdbc.sql("select min(id) from member where cooperative_id <> (select cooperative_id from member where id = :m)")
                .param("m", member.memberId()).query(Long.class).single();
    }

    private static String heat(String number, String grade, String carbon) {
        return """
                {"furnace":"Kupola 1","meltedOn":"2019-03-01","heatNumber":"%s","gradeCode":"%s",
                 "readings":{"C":%s,"SI":2.10,"P":0.08},"tensileMpa":215,"specimen":"SEPARATELY_CAST",
                 "charges":[{"material":"STEEL_SCRAP","weightKg":420,"origin":"DOMESTIC"},
                            {"material":"PIG_IRON","weightKg":180,"origin":"IMPORTED","supplier":"Krakatau"}]}"""
                .formatted(number, grade, carbon);
    }

    private org.springframework.test.web.servlet.ResultActions postHeat(String token, String body) throws Exception {
        return mvc.perform(post("/api/v1/heats").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aPostedHeatIsAnsweredAsStoredWithItsAddress() throws Exception {
        var created = postHeat(memberToken, heat("LEAN-1", "FC200", "3.40"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberId").value(member.memberId()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.carbonEquivalent").isNumber())
                .andExpect(jsonPath("$.charges.length()").value(2))
                .andReturn().getResponse();
        String location = created.getHeader("Location");
        assertThat(location).matches("/api/v1/heats/\\d+");
        String stored = mvc.perform(get(location).header("Authorization", memberToken)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(created.getContentAsString()).isEqualTo(stored);
    }

    @Test
    void everyBrokenRuleIsNamedByItsField() throws Exception {
        postHeat(memberToken, heat("LEAN-2", "FC200", "3.40")).andExpect(status().isCreated());
        postHeat(memberToken, heat("LEAN-2", "XX999", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "readings[C]", "readings", "gradeCode", "heatNumber")));
    }

    @Test
    void aHeatNumberUsedBeforeIsRefusedOnItsOwn() throws Exception {
        postHeat(memberToken, heat("LEAN-3", "FC200", "3.40")).andExpect(status().isCreated());
        postHeat(memberToken, heat("LEAN-3", "FC200", "3.40"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("heatNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("Nomor peleburan LEAN-3 sudah Anda pakai."));
    }

    @Test
    void aMemberRecordsForItselfWhateverMemberItNames() throws Exception {
        String body = heat("LEAN-4", "FC200", "3.40").replaceFirst("\\{", "{\"memberId\":" + neighbour + ",");
        postHeat(memberToken, body).andExpect(status().isCreated()).andExpect(jsonPath("$.memberId").value(member.memberId()));
    }

    @Test
    void theAdministratorRecordsForTheMemberItNamesInThatMembersCooperative() throws Exception {
        long cooperative = jdbc.sql("select cooperative_id from member where id = :m").param("m", neighbour).query(Long.class).single();
        String body = heat("LEAN-5", "FC200", "3.40").replaceFirst("\\{", "{\"memberId\":" + neighbour + ",");
        postHeat(adminToken, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberId").value(neighbour)).andExpect(jsonPath("$.cooperativeId").value(cooperative));
    }

    @Test
    void theAdministratorMustNameAMemberThatExists() throws Exception {
        postHeat(adminToken, heat("LEAN-6", "FC200", "3.40")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberId"));
        postHeat(adminToken, heat("LEAN-6", "FC200", "3.40").replaceFirst("\\{", "{\"memberId\":999999999,"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPostedHeatLeavesACreatedAuditRowThatALaterChangeIsComparedWith() throws Exception {
        String location = postHeat(memberToken, heat("LEAN-7", "FC200", "3.40")).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var heat = heats.findById(id).orElseThrow();
        heat.analysed(Map.of(Element.C, new BigDecimal("3.50"), Element.SI, new BigDecimal("2.10"), Element.P, new BigDecimal("0.08")),
                java.time.LocalDate.of(2019, 3, 2));
        heats.save(heat);
        var trail = jdbc.sql("select actor, action, changed_fields from audit_event where entity_type = 'heat' and entity_id = :id order by id")
                .param("id", id).query((rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list();
        assertThat(trail).containsExactly("member CREATED ", "system UPDATED analysedOn,readings");
    }

    @Test
    void theCreatedAuditRowHoldsTheHeatAsStoredWithItsKey() throws Exception {
        String location = postHeat(memberToken, heat("LEAN-10", "FC200", "3.40")).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String snapshot = jdbc.sql("select snapshot from audit_event where entity_type = 'heat' and entity_id = :id")
                .param("id", id).query(String.class).single();
        assertThat(snapshot).contains("\"id\":" + id + ",", "\"heatNumber\":\"LEAN-10\"", "\"version\":1",
                "{\"element\":\"C\",\"massPercent\":3.4000}", "\"supplier\":\"Krakatau\"", "\"createdBy\":\"member\"");
    }

    @Test
    void aBatchIsKeptWholeAndAnsweredInTheOrderSent() throws Exception {
        String body = "[" + heat("BATCH-1", "FC200", "3.40") + "," + heat("BATCH-2", "FCD450-10", "3.60") + "]";
        mvc.perform(post("/api/v1/heats/batch").header("Authorization", memberToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$[0].heatNumber").value("BATCH-1"))
                .andExpect(jsonPath("$[1].heatNumber").value("BATCH-2"))
                .andExpect(jsonPath("$[1].location").value(org.hamcrest.Matchers.startsWith("/api/v1/heats/")));
        assertThat(jdbc.sql("select count(*) from heat_reading r join heat h on h.id = r.heat_id where h.heat_number in ('BATCH-1', 'BATCH-2')")
                .query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void aBatchWithOneBrokenHeatKeepsNoneAndNamesItsIndex() throws Exception {
        postHeat(memberToken, heat("BATCH-9", "FC200", "3.40")).andExpect(status().isCreated());
        String body = "[" + heat("BATCH-3", "FC200", "3.40") + "," + heat("BATCH-4", "XX1", "3.40") + ","
                + heat("BATCH-3", "FC200", "3.40") + "," + heat("BATCH-9", "FC200", "3.40") + "]";
        mvc.perform(post("/api/v1/heats/batch").header("Authorization", memberToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "[1].gradeCode", "[2].heatNumber", "[3].heatNumber")));
        assertThat(jdbc.sql("select count(*) from heat where heat_number in ('BATCH-3', 'BATCH-4')").query(Long.class).single()).isZero();
    }

    @Test
    void aBatchThatOnlyRepeatsAnOldNumberIsRefusedWhole() throws Exception {
        postHeat(memberToken, heat("BATCH-5", "FC200", "3.40")).andExpect(status().isCreated());
        String body = "[" + heat("BATCH-6", "FC200", "3.40") + "," + heat("BATCH-5", "FC200", "3.40") + "]";
        mvc.perform(post("/api/v1/heats/batch").header("Authorization", memberToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[1].heatNumber"));
        assertThat(jdbc.sql("select count(*) from heat where heat_number = 'BATCH-6'").query(Long.class).single()).isZero();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        var issued = tokens.issue(member.accountId(), "revoked");
        postHeat("Bearer " + issued.token(), heat("LEAN-8", "FC200", "3.40")).andExpect(status().isCreated());
        tokens.revoke(member.accountId(), issued.id());
        postHeat("Bearer " + issued.token(), heat("LEAN-9", "FC200", "3.40")).andExpect(status().isUnauthorized());
    }
}
