package id.sentra.quality.certificate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;
import id.sentra.platform.security.Accounts;

/**
 * The operator issues the certificate of an accepted demo lot of KAI brake blocks; the buyer's
 * quality engineer scans its QR code and sees the certificate confirmed genuine, with its heats.
 */
class CertificateBrowserTests extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired CertificateBook certificates;
    @Autowired Accounts accounts;

    @Test
    void theBuyerOpensTheCertificatesQrPageAndSeesItGenuine() throws Exception {
        long lot = jdbc.sql("""
                select l.id from lot l join lot_inspection i on i.lot_id = l.id and i.superseded = false and i.standing = 'ACCEPT'
                join work_order w on w.id = l.work_order_id join contract c on c.id = w.contract_id
                where c.reference = 'KAI/PGD/BR-M/2026-07'
                  and not exists (select 1 from certificate x where x.lot_id = l.id)
                order by l.id fetch first 1 rows only""").query(Long.class).single();
        String heat = jdbc.sql("select min(h.heat_number) from lot_heat lh join heat h on h.id = lh.heat_id where lh.lot_id = :lot")
                .param("lot", lot).query(String.class).single();
        signInAs("operator");
        page.navigate(url("/certificates/lots/" + lot));
        page.locator("#cert-issue").click();
        assertThat(page.locator("#cert-issued")).isVisible();
        String number = jdbc.sql("select number from certificate where lot_id = :lot").param("lot", lot).query(String.class).single();
        String qr = CertificateReading.qrText(certificates.pdf(accounts.findByUsername("operator").orElseThrow(), number));
        assertThat(qr).endsWith("/verify/" + number);

        page.context().clearCookies();
        signInAs("buyer");
        page.navigate(url(qr.substring(qr.indexOf("/verify/"))));

        assertThat(page.locator("#verdict")).hasAttribute("data-verdict", "GENUINE");
        assertThat(page.locator("#verified-number")).hasText(number);
        assertThat(page.locator("#verified-content")).containsText(heat);

        page.locator("#nav-certificates").click();
        var row = page.locator("#certificate-" + number);
        assertThat(row).containsText(heat);
        assertThat(row).containsText("KAI/PGD/BR-M/2026-07");
        assertThat(row.locator(".tag")).hasText("asli");
        assertThat(row.locator("a.pdf")).hasAttribute("href", "/certificates/" + number + ".pdf");
        row.locator("a.verify").click();
        assertThat(page.locator("#verdict")).hasAttribute("data-verdict", "GENUINE");
    }
}
