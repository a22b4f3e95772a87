package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;
import id.sentra.insight.NationalFigures;

/** The ministry's home page shows the national figures as last summed, with the time they were taken. */
class NationalDashboardBrowserTests extends BrowserTest {

    @Autowired NationalFigures figures;
    @Autowired JdbcClient jdbc;

    @Test
    void ministrySeesTheSummedFiguresPerClusterWithTheirTime() {
        figures.refresh();
        long active = jdbc.sql("select count(*) from member where active = true").query(Long.class).single();
        long clusters = jdbc.sql("select count(*) from cluster").query(Long.class).single();

        signInAs("ministry");

        assertThat(page.locator("#figures-as-of")).containsText("Angka per");
        assertThat(page.locator("#figures-as-of")).containsText(Pattern.compile("\\d{4}"));
        assertThat(page.locator("#kpi-members")).hasText(String.format(java.util.Locale.forLanguageTag("id"), "%,d", active));
        assertThat(page.locator("#cluster-table tbody tr")).hasCount((int) clusters);
        assertThat(page.locator("#chart-material canvas")).isVisible();
        assertThat(page.locator("#chart-furnaces canvas")).isVisible();
    }

    @Test
    void buyerSeesTheSummedSuppliersWithTheirTime() {
        figures.refresh();

        signInAs("buyer");

        assertThat(page.locator("#dashboard-buyer #figures-as-of")).containsText("Angka per");
        assertThat(page.locator("#chart-material canvas")).isVisible();
    }
}
