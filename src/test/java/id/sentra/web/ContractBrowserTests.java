package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;

/** A buyer and the cooperative working one RFQ through to a contract in the browser, and the warnings they see. */
class ContractBrowserTests extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theBuyerPostsAnRfqTheOperatorQuotesAndTheBuyerAwardsIt() {
        signInAs("buyer");
        page.navigate(url("/contracts/new"));
        page.locator("#title").fill("Blok rem metalik uji peramban");
        page.locator("#reference").fill("KAI/UJI/BROWSER/1");
        page.locator("#cooperativeId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Koperasi Batur Jaya"));
        page.locator("[name='lines[0].partName']").fill("Blok rem metalik K1");
        page.locator("[name='lines[0].buyerPartNumber']").fill("KAI-BR-UJI");
        page.locator("[name='lines[0].drawingReference']").fill("KAI-DWG-UJI");
        page.locator("[name='lines[0].drawingRevision']").fill("A");
        page.locator("[name='lines[0].materialGrade']").fill("besi fosfor (blok rem)");
        page.locator("[name='lines[0].materialFamily']").selectOption("HIGH_PHOSPHORUS_IRON");
        page.locator("input[name='lines[0].processes'][value='SAND_CASTING']").check();
        page.locator("[name='lines[0].unitWeightKg']").fill("8.2");
        page.locator("[name='lines[0].firstPeriod']").fill(YearMonth.now().plusMonths(1).toString());
        page.locator("[name='lines[0].months']").fill("3");
        page.locator("[name='lines[0].quantityPerMonth']").fill("150");
        page.locator("#save-rfq").click();

        assertThat(page.locator("#contract-status")).hasText("Draf");
        assertThat(page.locator("#schedule-1 tbody tr")).hasCount(3);
        String detail = page.url();
        page.locator("#publish").click();
        assertThat(page.locator("#contract-status")).hasText("RFQ terbuka");

        switchTo("operator");
        page.navigate(detail);
        page.locator("#quote").click();
        page.locator("[id='unitPrices0']").fill("176000");
        page.locator("#leadTimeDays").fill("30");
        page.locator("#capacityPerMonth").fill("200");
        page.locator("#send-quote").click();
        assertThat(page.locator("#contract-status")).hasText("Sudah ditawar");

        switchTo("buyer");
        page.navigate(detail);
        page.locator("#award-1").click();
        assertThat(page.locator("#contract-status")).hasText("Dimenangkan");
        assertThat(page.locator("#line-1 .line-price")).hasText("Rp 176.000");

        switchTo("operator");
        page.navigate(url("/contracts"));
        assertThat(page.locator("#contract-table")).containsText("Blok rem metalik uji peramban");
        page.navigate(detail);
        assertThat(page.locator("#start-production")).isVisible();
        assertThat(page.locator("#history-table tbody tr")).hasCount(4);
    }

    @Test
    void theKaiMetallicContractShowsTheOfftakeWarning() {
        signInAs("operator");
        page.navigate(url("/contracts?warnings=true"));
        page.locator("#contract-table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Blok rem metalik kereta penumpang dan KRD")).click();

        assertThat(page.locator("#offtake-warning")).containsText("4.600 dari 10.000 buah");
        assertThat(page.locator("#offtake-warning")).containsText("Kekurangan 5.400 buah senilai Rp 999.000.000");
        assertThat(page.locator("#chart-line-1 canvas")).hasCount(1);
    }

    @Test
    void theBuyerSeesOnlyItsOwnContracts() {
        long tmmin = jdbc.sql("select id from contract where reference = 'TMMIN/PUR/CS/2026-07'").query(Long.class).single();
        signInAs("buyer");
        page.navigate(url("/contracts"));

        var buyers = page.locator("#contract-table tbody tr td:nth-child(2)").allTextContents();
        assertThat(buyers).isNotEmpty().allMatch("PT Kereta Api Indonesia (Persero)"::equals);
        assertThat(page.locator("#contract-table")).not().containsText("Cylinder sleeve");
        var response = page.navigate(url("/contracts/" + tmmin));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aVaryingSchedulePastedFromASpreadsheetIsKeptMonthByMonthAndABadMonthIsNamed() {
        signInAs("buyer");
        page.navigate(url("/contracts/new"));
        page.locator("#title").fill("Tutup manhole uji jadwal");
        page.locator("#reference").fill("PDAM/UJI/JADWAL/1");
        page.locator("#cooperativeId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Koperasi Batur Jaya"));
        page.locator("[name='lines[0].partName']").fill("Tutup manhole D400");
        page.locator("[name='lines[0].buyerPartNumber']").fill("UJI-MH-1");
        page.locator("[name='lines[0].drawingReference']").fill("UJI-DWG-1");
        page.locator("[name='lines[0].drawingRevision']").fill("A");
        page.locator("[name='lines[0].materialGrade']").fill("FC250");
        page.locator("[name='lines[0].materialFamily']").selectOption("GREY_IRON");
        page.locator("input[name='lines[0].processes'][value='SAND_CASTING']").check();
        page.locator("[name='lines[0].unitWeightKg']").fill("60");
        page.locator("[name='lines[0].firstPeriod']").fill(YearMonth.now().plusMonths(1).toString());
        page.locator("[name='lines[0].monthlyQuantities']").fill("100\t120 dua 0 1.000");
        page.locator("#save-rfq").click();

        assertThat(page.locator("[id='lines[0].monthlyQuantities-error']")).hasText("Bulan ke-3: \"dua\" bukan jumlah buah.");
        page.locator("[name='lines[0].monthlyQuantities']").fill("100\t120 80 0 1.000");
        page.locator("#save-rfq").click();

        assertThat(page.locator("#contract-status")).hasText("Draf");
        // five months: the fourth has no delivery but stays in the schedule
        assertThat(page.locator("#schedule-1 tbody tr")).hasCount(5);
        assertThat(page.locator("#schedule-1 tbody tr").last()).containsText("1.000");
    }

    @Test
    void theRfqFormIsUsableOnAPhone() {
        page.setViewportSize(375, 740);
        signInAs("buyer");
        page.navigate(url("/contracts/new"));

        int pageWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(pageWidth).as("no sideways scrolling of the page itself").isLessThanOrEqualTo(375);
        assertThat(page.locator("[name='lines[0].quantityPerMonth']")).isVisible();
    }

    private void switchTo(String username) {
        page.context().clearCookies();
        signInAs(username);
    }
}
