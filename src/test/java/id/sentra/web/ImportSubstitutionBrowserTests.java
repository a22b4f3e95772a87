package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.insight.SubstitutionFixture;
import id.sentra.platform.security.Accounts;

/**
 * The ministry analyst opens import substitution from the national dashboard and narrows it to one product family.
 * In 2031 only the hand-computed ship components of {@link SubstitutionFixture} count: Rp 22.500.000.
 */
class ImportSubstitutionBrowserTests extends BrowserTest {

    @Autowired ContractRegistry registry;
    @Autowired ContractSearch search;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void writeTheCase() {
        SubstitutionFixture.ensure(registry, search, accounts, jdbc);
    }

    @Test
    void theAnalystFiltersByProductFamilyAndSeesTheValueChange() {
        signInAs("ministry");
        page.locator("#open-import-substitution").click();
        assertThat(page.locator("h1")).hasText("Substitusi impor");
        // The fixture's year lies ahead of the years offered by default; the address may name any year.
        page.navigate(page.url() + "?year=2031");
        assertThat(page.locator("#year")).hasValue("2031");
        assertThat(page.locator("#kpi-value")).hasText("Rp 22.500.000");
        assertThat(page.locator("#substitution-table tbody tr")).hasCount(1);
        assertThat(page.locator("#chart-quarters canvas")).hasCount(1);
        assertThat(page.locator("#quarter-table tbody tr")).hasCount(2);

        page.locator("#family").selectOption("CYLINDER_SLEEVE");
        page.locator("#apply-filters").click();

        assertThat(page.locator("#kpi-value")).hasText("Rp 0");
        assertThat(page.locator("#no-substitution")).isVisible();

        page.locator("#family").selectOption("SHIP_COMPONENT");
        page.locator("#apply-filters").click();

        assertThat(page.locator("#kpi-value")).hasText("Rp 22.500.000");
        assertThat(page.locator("#substitution-table .row-family")).hasText("Komponen kapal");
    }

    @Test
    void theDemoCylinderSleevesCountAsImportSubstitution() {
        signInAs("ministry");
        page.navigate(url("/ministry/import-substitution?family=CYLINDER_SLEEVE"));

        assertThat(page.locator("#substitution-table .row-family")).hasText("Cylinder sleeve (liner)");
        assertThat(page.locator("#kpi-value")).not().hasText("Rp 0");
    }

    @Test
    void theDemoSleevesShowTheirTkdnBandFromTheMembersCostStructures() {
        signInAs("ministry");
        page.navigate(url("/ministry/import-substitution?family=CYLINDER_SLEEVE"));

        assertThat(page.locator("#tkdn-distribution h2")).hasText("TKDN produk pengganti impor");
        assertThat(page.locator("#tkdn-mean")).containsText("Rata-rata TKDN tertimbang nilai");
        assertThat(page.locator("#tkdn-bands tbody tr")).hasCount(6);
    }
}
