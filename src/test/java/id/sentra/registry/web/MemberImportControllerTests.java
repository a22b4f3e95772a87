package id.sentra.registry.web;

import static id.sentra.registry.importing.ImportFiles.HEADER;
import static id.sentra.registry.importing.ImportFiles.csv;
import static id.sentra.registry.importing.ImportFiles.nib;
import static id.sentra.registry.importing.ImportFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.Cluster;
import id.sentra.registry.Cooperative;
import id.sentra.registry.CooperativeDirectory;

@SentraIntegrationTest
class MemberImportControllerTests {

    private static final AtomicInteger COOPERATIVES = new AtomicInteger();
    /** The whole problems table, so that a row number matched below is inside it and nowhere else on the page. */
    private static final String ROW_IN_TABLE = "(?s).*<table[^>]*id=\"import-problems\".*<tr>\\s*<td>%d</td>\\s*<td>%s</td>\\s*<td>[^<]+</td>\\s*</tr>.*</table>.*";

    @Autowired MockMvc mvc;
    @Autowired CooperativeDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void showsAnOperatorEveryBadRowAndSavesNothing() throws Exception {
        long cooperative = newCooperative();

        mvc.perform(multipart("/members/import").file(file(csv(HEADER, row(nib(3527, 101), "Satu"), row("12345", "Dua"))))
                        .with(user(operatorOf(cooperative))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-nothing-saved\"")))
                .andExpect(content().string(containsString("Tidak ada yang disimpan.")))
                .andExpect(content().string(matchesPattern(ROW_IN_TABLE.formatted(3, "nib"))));

        assertThat(membersOf(cooperative)).isZero();
    }

    @Test
    void sendsTheOperatorToTheMemberListWithTheCountAfterASuccessfulImport() throws Exception {
        long cooperative = newCooperative();

        mvc.perform(multipart("/members/import").file(file(csv(HEADER, row(nib(3527, 201), "Satu"), row(nib(3527, 202), "Dua"))))
                        .with(user(operatorOf(cooperative))).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/members?imported=2"));

        assertThat(membersOf(cooperative)).isEqualTo(2);
    }

    @Test
    void importsIntoTheOperatorsOwnCooperativeWhateverIdIsPosted() throws Exception {
        long own = newCooperative();
        long other = newCooperative();

        mvc.perform(multipart("/members/import").file(file(csv(HEADER, row(nib(3527, 301), "Satu"))))
                        .param("cooperativeId", String.valueOf(other))
                        .with(user(operatorOf(own))).with(csrf()))
                .andExpect(redirectedUrl("/members?imported=1"));

        assertThat(membersOf(own)).isEqualTo(1);
        assertThat(membersOf(other)).isZero();
    }

    @Test
    void letsTheAdministratorChooseTheCooperative() throws Exception {
        long cooperative = newCooperative();
        var admin = new SentraUser(0, "admin", "Admin", null, Role.ADMIN, null, null, null, false, true);

        mvc.perform(get("/members/import").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cooperativeId\"")))
                .andExpect(content().string(containsString("value=\"" + cooperative + "\"")));
        mvc.perform(multipart("/members/import").file(file(csv(HEADER, row(nib(3527, 401), "Satu"))))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih koperasi tujuan impor.")));
        mvc.perform(multipart("/members/import").file(file(csv(HEADER, row(nib(3527, 401), "Satu"))))
                        .param("cooperativeId", String.valueOf(cooperative))
                        .with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/members?imported=1"));

        assertThat(membersOf(cooperative)).isEqualTo(1);
    }

    @Test
    void showsTheFormWithAFileInputAndNoProblemsTable() throws Exception {
        mvc.perform(get("/members/import").with(user(operatorOf(newCooperative()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file\"")))
                .andExpect(content().string(containsString("id=\"import-submit\"")))
                .andExpect(content().string(containsString("href=\"/members/import/template.csv\"")))
                .andExpect(content().string(not(containsString("id=\"import-problems\""))));
    }

    @Test
    void asksForAFileWhenTheFormIsSentWithoutOne() throws Exception {
        mvc.perform(multipart("/members/import").file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(user(operatorOf(newCooperative()))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih file yang akan diimpor.")));
    }

    @Test
    void answersInEnglishWhenAskedTo() throws Exception {
        long cooperative = newCooperative();

        mvc.perform(multipart("/members/import").file(file(csv(HEADER, row(nib(3527, 501), "Satu").replace(",25,", ",many,"))))
                        .param("lang", "en")
                        .with(user(operatorOf(cooperative))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was saved.")))
                .andExpect(content().string(containsString("is not a whole number.")));
    }

    @Test
    void servesTheTemplateAsACsvDownload() throws Exception {
        var response = mvc.perform(get("/members/import/template.csv").with(user(operatorOf(newCooperative()))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        var lines = response.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(HEADER);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MEMBER", "BUYER", "MINISTRY"})
    void refusesEveryoneButOperatorsAndTheAdministrator(Role role) throws Exception {
        long cooperative = newCooperative();
        var user = new SentraUser(0, "someone", "Someone", null, role, cooperative, 1L, 1L, false, true);

        mvc.perform(get("/members/import").with(user(user))).andExpect(status().isForbidden());
        mvc.perform(get("/members/import/template.csv").with(user(user))).andExpect(status().isForbidden());
        mvc.perform(multipart("/members/import").file(file(csv(HEADER, row(nib(3527, 601), "Satu"))))
                        .param("cooperativeId", String.valueOf(cooperative))
                        .with(user(user)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(membersOf(cooperative)).isZero();
    }

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "anggota.csv", "text/csv", content);
    }

    private long membersOf(long cooperative) {
        return jdbc.sql("select count(*) from member where cooperative_id = ?").param(cooperative).query(Long.class).single();
    }

    private long newCooperative() {
        String name = "Koperasi Unggah " + COOPERATIVES.incrementAndGet();
        long cluster = directory.register(new Cluster("Sentra " + name, "Klaten", "Jawa Tengah", null));
        return directory.register(new Cooperative(name, cluster, 1976, null, "Klaten", "Jawa Tengah", null));
    }

    private static SentraUser operatorOf(long cooperative) {
        return new SentraUser(0, "operator", "Operator", null, Role.OPERATOR, cooperative, null, null, false, true);
    }
}
