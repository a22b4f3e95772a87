package id.sentra.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.sentra.SentraIntegrationTest;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.insight.SubstitutionFixture;
import id.sentra.platform.security.Accounts;

/** The Excel download and the API answer the same hand-computed figures as the page. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportSubstitutionDownloadTests {

    private static final String SHIPS_2031 = "?family=SHIP_COMPONENT&year=2031";

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ContractRegistry registry;
    @Autowired ContractSearch search;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @BeforeAll
    void writeTheCase() {
        SubstitutionFixture.ensure(registry, search, accounts, jdbc);
    }

    @Test
    void theWorkbookHasOneRowWithTheValueInRupiah() throws Exception {
        var response = mvc.perform(get("/ministry/import-substitution.xlsx" + SHIPS_2031)
                .with(user(accounts.findByUsername("ministry").orElseThrow()))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        List<Row> rows;
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            rows = workbook.getFirstSheet().read();
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getCellText(6)).isEqualTo("Nilai (Rp)");
        assertThat(rows.get(1).getCellText(1)).isEqualTo("Komponen kapal");
        assertThat(rows.get(1).getCellAsNumber(6)).hasValueSatisfying(v -> assertThat(v.longValueExact()).isEqualTo(22_500_000L));
    }

    @Test
    void theApiAnswersTheTotalsAndTheQuarters() throws Exception {
        var response = mvc.perform(get("/api/v1/ministry/import-substitution" + SHIPS_2031)
                .with(user(accounts.findByUsername("ministry").orElseThrow()))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.at("/totals/value").asLong()).isEqualTo(22_500_000L);
        assertThat(body.at("/totals/members").asInt()).isEqualTo(2);
        assertThat(body.at("/rows/0/family").asText()).isEqualTo("SHIP_COMPONENT");
        assertThat(body.at("/byQuarter/1/quarter").asText()).isEqualTo("2031-Q2");
        assertThat(body.at("/byQuarter/1/value").asLong()).isEqualTo(12_500_000L);
        assertThat(body.has("lines")).as("one line's value stays inside").isFalse();
    }
}
