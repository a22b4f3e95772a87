package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.options.SelectOption;

import id.sentra.BrowserTest;

/** The cooperative's operator writes a product specification from a buyer's drawing and revises it; the buyer reads it. */
class SpecificationBrowserTests extends BrowserTest {

    @Test
    void theOperatorCreatesAndRevisesASpecificationAndTheBuyerSeesBothRevisions() {
        signInAs("operator");
        page.navigate(url("/specifications"));
        page.locator("#new-spec").click();
        page.locator("#partNumber").fill("KAI-BR-UJI-7");
        page.locator("#partName").fill("Blok rem metalik uji");
        page.locator("#buyerId").selectOption(new SelectOption().setLabel("PT Kereta Api Indonesia (Persero)"));
        page.locator("#drawingReference").fill("KAI-DWG-UJI-7");
        page.locator("#drawingRevision").fill("A");
        page.locator("#gradeCode").selectOption("RDSO-MTD-101-94");
        page.locator("#effectiveFrom").fill("2026-01-01");
        page.locator("[name='characteristics[0].name']").fill("Tebal blok");
        page.locator("[name='characteristics[0].nominal']").fill("60");
        page.locator("[name='characteristics[0].lower']").fill("-1");
        page.locator("[name='characteristics[0].upper']").fill("2");
        page.locator("[name='chemistry[0].element']").selectOption("P");
        page.locator("[name='chemistry[0].min']").fill("0.7");
        page.locator("[name='chemistry[0].max']").fill("1.0");
        page.locator("#save-spec").click();

        assertThat(page.locator("#spec-part-number")).hasText("KAI-BR-UJI-7");
        assertThat(page.locator("#characteristic-table")).containsText("59–62");
        assertThat(page.locator("#chemistry-table")).containsText("0.7–1");
        assertThat(page.locator("#history-table tbody tr")).hasCount(1);

        page.locator("#revise").click();
        page.locator("#drawingRevision").fill("B");
        page.locator("[name='chemistry[0].min']").fill("0.8");
        page.locator("#inspectionLevel").selectOption("S3");
        page.locator("#aql").selectOption("0.65");
        page.locator("#effectiveFrom").fill(LocalDate.now().plusDays(30).toString());
        page.locator("#save-spec").click();
        assertThat(page.locator("#reason-error")).isVisible();
        page.locator("#reason").fill("Fosfor dinaikkan untuk umur blok");
        page.locator("#save-spec").click();

        assertThat(page.locator("#shown-revision-title")).containsText("Revisi 2");
        assertThat(page.locator("#history-table tbody tr")).hasCount(2);
        assertThat(page.locator("#shown-sampling")).hasText("ISO 2859-1, tingkat inspeksi S-3, AQL 0.65 %");
        assertThat(page.locator("#revision-1 .tag")).hasText("berlaku");
        String detail = page.url().replaceAll("\\?.*", "");

        page.context().clearCookies();
        signInAs("buyer");
        page.navigate(detail);
        assertThat(page.locator("#shown-revision-title")).containsText("Revisi 1");
        assertThat(page.locator("#shown-sampling")).hasText("ISO 2859-1, tingkat inspeksi II, AQL 1.0 %");
        assertThat(page.locator("#history-table")).containsText("Fosfor dinaikkan untuk umur blok");
    }

    @Test
    void theGradeLibraryShowsThatJisSetsNoChemistryForFc250() {
        signInAs("ministry");
        page.locator("#nav-specifications").click();
        page.locator("#grade-FC250 a").click();
        assertThat(page.locator("#grade-code")).hasText("FC250");
        assertThat(page.locator("#no-binding-chemistry")).isVisible();
        assertThat(page.locator("#wall-table")).containsText("210 MPa");
        assertThat(page.locator("#grade-source")).containsText("iron-foundry.com");
    }
}
