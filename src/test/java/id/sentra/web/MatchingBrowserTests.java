package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;

/** A buyer describes a product and sees which IKM can make it, and why the others cannot. */
class MatchingBrowserTests extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void aBuyerFindsTheOnlyMemberAbleToCertifyChemistry() {
        String spectrometerMember = jdbc.sql("select m.legal_name from member m join account a on a.member_id = m.id where a.username = 'member'")
                .query(String.class).single();
        signInAs("buyer");
        page.navigate(url("/matching"));

        page.locator("#material").selectOption("GREY_IRON");
        page.locator("#kgPerMonth").fill("500");
        page.locator("input[name=equipment][value=SPECTROMETER]").check();
        page.locator("#plant").selectOption(page.locator("#plant option").nth(1).getAttribute("value"));
        page.locator("#rank").click();

        assertThat(page.locator("#eligible-table tbody tr")).hasCount(1);
        assertThat(page.locator("#eligible-table tbody tr").first()).containsText(spectrometerMember);
        assertThat(page.locator("#eligible-table tbody tr").first()).containsText("jarak ke lokasi pengiriman");
        page.locator("#not-eligible summary").click();
        assertThat(page.locator(".not-eligible").first()).containsText("tidak memiliki Spektrometer");
    }
}
