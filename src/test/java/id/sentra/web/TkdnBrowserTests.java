package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;
import id.sentra.platform.security.Accounts;
import id.sentra.tkdn.product.OriginKind;
import id.sentra.tkdn.product.ProductCosts;
import id.sentra.tkdn.product.TkdnFixtures;

/**
 * The operator edits a member's cost structure: pig iron bought at home becomes imported, and the TKDN and the
 * tender verdict on the page follow (81.25 % with domestic purchase mandatory, then 36.25 % only above 25 %).
 */
class TkdnBrowserTests extends BrowserTest {

    @Autowired ProductCosts products;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private long product;

    @BeforeAll
    void aPumpHousingWithDomesticPigIron() {
        var admin = accounts.findByUsername("admin").orElseThrow();
        product = new TkdnFixtures(jdbc).productNotOf(TkdnFixtures.PUMPS, 1, accounts.findByUsername("member").orElseThrow().memberId());
        products.revise(admin, product, products.sheet(admin, product).version(),
                TkdnFixtures.pigIronDraft(OriginKind.DOMESTIC, false, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31)));
    }

    @Test
    void theOperatorMakesThePigIronImportedAndSeesTheTkdnAndVerdictFall() {
        signInAs("operator");
        page.navigate(url("/tkdn/products/" + product));
        assertThat(page.locator("#tkdn-percent")).hasText("81,25 %");
        assertThat(page.locator("#tkdn-regulation")).containsText("Permenperin 35/2025");
        assertThat(page.locator("#tkdn-verdict")).containsText("wajib produk dalam negeri");

        page.locator("#origin-0").selectOption("IMPORTED");
        // The figures follow the form at once (htmx preview), before anything is saved.
        assertThat(page.locator("#tkdn-preview-note")).isVisible();
        assertThat(page.locator("#tkdn-percent")).hasText("36,25 %");
        page.locator("#cost-save").click();

        assertThat(page.locator("#tkdn-saved")).isVisible();
        assertThat(page.locator("#tkdn-percent")).hasText("36,25 %");
        assertThat(page.locator("#tkdn-verdict")).containsText("TKDN ≥ 25 %");
        assertThat(page.locator("#tkdn-verdict")).not().containsText("wajib");
        assertThat(page.locator("#origin-0")).hasValue("IMPORTED");
    }

    /** The demo's water-utility contract asks 80 %; its members' products weigh in just below. */
    @Test
    void theOperatorSeesTheManholeContractBelowItsTkdnFloorOnTheDashboardAndTheContract() {
        signInAs("operator");
        assertThat(page.locator("#tkdn-at-risk")).containsText(TkdnFixtures.MANHOLES);

        page.locator("#tkdn-at-risk a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(TkdnFixtures.MANHOLES)).click();

        assertThat(page.locator("#tkdn-floor-warning")).containsText("80 %");
        assertThat(page.locator("#contract-tkdn-figure")).containsText("Permenperin 35/2025");
        assertThat(page.locator("#contract-tkdn-parts")).containsText("Tee flens");
    }
}
