package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import id.sentra.BrowserTest;

/** Each role signs in and lands on its own dashboard, in Bahasa Indonesia unless it switches. */
class SignInBrowserTests extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
            "operator, #dashboard-operator, Operator koperasi",
            "admin, #dashboard-national, Administrator platform",
            "ministry, #dashboard-national, Analis kementerian",
            "buyer, #dashboard-buyer, Pembeli",
            "member, #dashboard-member, Anggota IKM"})
    void eachRoleSeesItsDashboard(String username, String dashboard, String roleLabel) {
        signInAs(username);

        assertThat(page.locator(dashboard)).isVisible();
        assertThat(page.locator(".whoami")).containsText(roleLabel);
    }

    @Test
    void operatorDashboardShowsTheCooperativeFiguresAndCharts() {
        signInAs("operator");

        assertThat(page.locator("h1")).hasText("Koperasi Batur Jaya");
        long active = jdbc.sql("""
                select count(*) from member m join account a on a.cooperative_id = m.cooperative_id
                where a.username = 'operator' and m.active = true""").query(Long.class).single();
        assertThat(active).isGreaterThanOrEqualTo(168);
        assertThat(page.locator("#kpi-members")).hasText(String.valueOf(active));
        assertThat(page.locator("#chart-material canvas")).isVisible();
        assertThat(page.locator("#chart-kabupaten canvas")).isVisible();
        assertThat(page.locator("#contract-warnings")).containsText("KAI/PGD/BR-M/2026-07");
        assertThat(page.locator("#contract-warnings")).containsText("pembeli tertinggal");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        page.navigate(url("/login"));
        page.locator("#username").fill("operator");
        page.locator("#password").fill("not-the-password");
        page.locator("#login-submit").click();

        assertThat(page.locator("#login-error")).hasText("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        signInAs("operator");
        assertThat(page.locator("#logout")).hasText("Keluar");

        page.locator("#lang-en").click();
        assertThat(page.locator("#logout")).hasText("Sign out");
        assertThat(page.locator(".kpi .label").first()).hasText("Active members");

        page.navigate(url("/members"));
        assertThat(page.locator("h1")).hasText("IKM members");

        page.locator("#lang-id").click();
        assertThat(page.locator("h1")).hasText("Anggota IKM");
    }
}
