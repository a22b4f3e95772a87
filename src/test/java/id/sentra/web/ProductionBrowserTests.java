package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;
import id.sentra.platform.security.Accounts;

/**
 * A member at the furnace, on a phone: records a heat with its chemistry and charge, starts a
 * work order and adds a lot poured from that heat. The operator then reads the heat.
 */
class ProductionBrowserTests extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;

    @Test
    void aMemberRecordsAHeatOnAPhoneAndAddsALotToItsWorkOrder() {
        page.setViewportSize(390, 844);
        signInAs("member");
        long memberId = accounts.findByUsername("member").orElseThrow().memberId();
        var order = jdbc.sql("select id, material, pieces from work_order where member_id = :m and status = 'RELEASED' order by id fetch first 1 rows only")
                .param("m", memberId).query((rs, i) -> new Object[] {rs.getLong("id"), rs.getString("material"), rs.getInt("pieces")}).single();
        long orderId = (long) order[0];
        String grade = "DUCTILE_IRON".equals(order[1]) ? "FCD450-10" : "FC250";

        page.navigate(url("/heats/new"));
        assertThat(page.locator("meta[name=viewport]")).hasAttribute("content", "width=device-width, initial-scale=1");
        assertThat(page.locator("#reading-C").boundingBox().height).isGreaterThanOrEqualTo(44);
        assertThat(page.locator("#heat-form").boundingBox().width).isLessThanOrEqualTo(390);
        page.locator("#heatNumber").fill("HP-0203-1");
        page.locator("#furnace").fill("Kupola 1.000 kg");
        page.locator("#gradeCode").fill(grade);
        page.locator("#reading-C").fill("3,40");
        page.locator("#reading-SI").fill("2,10");
        page.locator("#reading-P").fill("0,15");
        page.locator("#reading-S").fill("101");
        page.locator("select[name='charges[0].material']").selectOption("PIG_IRON");
        page.locator("input[name='charges[0].weightKg']").fill("250");
        page.locator("#save-heat").click();
        assertThat(page.locator("#reading-S-error")).isVisible();

        page.locator("#reading-S").fill("0,08");
        page.locator("#save-heat").click();
        assertThat(page.locator("#heat-saved")).isVisible();
        // 3.40 + (2.10 + 0.15) / 3 = 4.15
        assertThat(page.locator("#heat-ce")).hasText("4,15");
        assertThat(page.locator("#charge-table")).containsText("250");

        page.navigate(url("/work-orders"));
        page.locator("#work-order-" + orderId + " button.start").click();
        assertThat(page.locator("#work-order-moved")).isVisible();
        assertThat(page.locator("#work-order-" + orderId + " .status")).hasText("Diproduksi");
        page.locator("#work-order-" + orderId + " a.lots").click();

        page.locator("#quantityMade").fill(String.valueOf((int) order[2] + 1));
        page.locator("label.big-check", new com.microsoft.playwright.Page.LocatorOptions().setHasText("HP-0203-1")).click();
        page.locator("#save-lot").click();
        assertThat(page.locator("#quantityMade-error")).isVisible();

        page.locator("#quantityMade").fill("10");
        page.locator("#scrap-POROSITY").fill("2");
        page.locator("#save-lot").click();
        assertThat(page.locator("#lot-saved")).isVisible();
        assertThat(page.locator("#lot-table .lot")).hasCount(1);
        assertThat(page.locator("#lot-table")).containsText("HP-0203-1");
        assertThat(page.locator("#lot-table")).containsText("Porositas 2");

        signInAs("operator");
        page.navigate(url("/heats"));
        assertThat(page.locator("#heat-table")).containsText("HP-0203-1");
        assertThat(page.locator("#new-heat")).hasCount(0);
    }
}
