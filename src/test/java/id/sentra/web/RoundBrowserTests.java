package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;

/** The operator organises a business-matching round, gets a timetable, and records what came of a meeting. */
class RoundBrowserTests extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void anOperatorOrganisesARoundAndRecordsAnOutcome() {
        long kai = jdbc.sql("select buyer_id from account where username = 'buyer'").query(Long.class).single();
        signInAs("operator");
        page.navigate(url("/rounds/new"));
        page.locator("#name").fill("Temu Bisnis Blok Rem");
        page.locator("#heldOn").fill("2027-01-26");
        page.locator("#slotCount").fill("4");
        page.locator("#rooms").fill("Meja 1, Meja 2");
        page.locator("#buyer-" + kai).selectOption("HIGH_PHOSPHORUS_IRON");

        page.locator("#organise-round").click();

        assertThat(page.locator("h1")).hasText("Temu Bisnis Blok Rem");
        assertThat(page.locator("#meeting-table tbody tr")).hasCount(4);
        assertThat(page.locator("#meeting-table tbody tr").first()).containsText("09:00");
        var first = page.locator(".outcome-form").first();
        first.locator("select[name=outcome]").selectOption("MOU");
        first.locator("button").click();
        assertThat(page.locator("#tally-MOU")).hasText("1");
    }
}
