package id.sentra.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;

/** The operator exports exactly the filtered list it sees, as an Excel file. */
@SentraIntegrationTest
class MemberExportTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void exportsTheFilteredMembersOfTheOperatorsCooperative() throws Exception {
        var operator = accounts.findByUsername("operator").orElseThrow();
        var expected = jdbc.sql("""
                select m.legal_name from member m join member_material t on t.member_id = m.id
                where m.cooperative_id = :coop and m.active = true and t.material = 'DUCTILE_IRON' order by m.legal_name""")
                .param("coop", operator.cooperativeId()).query(String.class).list();

        var response = mvc.perform(get("/members/export.xlsx?material=DUCTILE_IRON").with(user(operator)))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
        List<Row> rows;
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            rows = workbook.getFirstSheet().read();
        }
        assertThat(rows.get(0).getCellText(0)).isEqualTo("Nama usaha");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.getCellText(0)).containsExactlyElementsOf(expected);
        assertThat(expected).isNotEmpty();
    }
}
