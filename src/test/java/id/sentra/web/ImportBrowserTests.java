package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.options.FilePayload;

import id.sentra.BrowserTest;
import id.sentra.registry.importing.ImportFiles;

/** An operator uploads a member file: one bad row names its row and column, and nothing of the file is saved. */
class ImportBrowserTests extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void aFileWithOneBadRowIsRefusedWholeWithTheRowNumber() {
        long before = memberCount();
        byte[] file = ImportFiles.csv(ImportFiles.HEADER,
                ImportFiles.row("7101000000001", "Impor Satu"),
                ImportFiles.row("7101000000002", "Impor Dua"),
                ImportFiles.row("710100000003", "Impor Tiga"),
                ImportFiles.row("7101000000004", "Impor Empat"));
        signInAs("operator");
        page.navigate(url("/members/import"));

        page.locator("#file").setInputFiles(new FilePayload("anggota.csv", "text/csv", file));
        page.locator("#import-submit").click();

        assertThat(page.locator("#import-nothing-saved")).isVisible();
        var problem = page.locator("#import-problems tbody tr");
        assertThat(problem).hasCount(1);
        assertThat(problem.locator("td").nth(0)).hasText("4");
        assertThat(problem.locator("td").nth(1)).hasText("nib");
        assertThat(problem.locator("td").nth(2)).containsText("13 digit");
        assertThat(memberCount()).isEqualTo(before);
    }

    @Test
    void aGoodFileIsSavedAndTheListSaysHowMany() {
        long before = memberCount();
        byte[] file = ImportFiles.csv(ImportFiles.HEADER,
                ImportFiles.row("7102000000001", "Unggah Satu"),
                ImportFiles.row("7102000000002", "Unggah Dua"));
        signInAs("operator");
        page.navigate(url("/members/import"));

        page.locator("#file").setInputFiles(new FilePayload("anggota.csv", "text/csv", file));
        page.locator("#import-submit").click();

        assertThat(page.locator("#import-done")).hasText("2 anggota berhasil diimpor.");
        assertThat(memberCount()).isEqualTo(before + 2);
    }

    private long memberCount() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }
}
