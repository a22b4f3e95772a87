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

        long able = jdbc.sql("""
                select count(*) from member m where m.active = true
                and exists (select 1 from member_equipment e where e.member_id = m.id and e.kind = 'SPECTROMETER')
                and (select coalesce(sum(k.amount), 0) from member_capacity k where k.member_id = m.id
                     and k.material = 'GREY_IRON' and k.unit = 'KG_PER_MONTH') >= 500""").query(Long.class).single();
        assertThat(page.locator("#eligible-table tbody tr")).hasCount((int) able);
        assertThat(page.locator("#eligible-table")).containsText(spectrometerMember);
        assertThat(page.locator("#eligible-table tbody tr").first()).containsText("jarak ke lokasi pengiriman");
        page.locator("#not-eligible summary").click();
        assertThat(page.locator(".not-eligible").first()).containsText("tidak memiliki Spektrometer");
    }
}
