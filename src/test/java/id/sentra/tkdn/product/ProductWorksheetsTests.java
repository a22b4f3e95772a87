package id.sentra.tkdn.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.Element;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.HeatDraft;

/** A stored product's worksheet as the member hands it to a verifier: read back from the PDF and the workbook. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductWorksheetsTests {

    /** A month no demo heat and no other test's heat falls in. */
    private static final LocalDate FROM = LocalDate.of(2032, 3, 1);
    private static final LocalDate TO = LocalDate.of(2032, 3, 31);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Autowired ProductWorksheets worksheets;
    @Autowired ProductCosts products;
    @Autowired HeatBook heats;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private SentraUser admin;
    private SentraUser operator;
    private long product;
    private String memberName;

    @BeforeAll
    void aPumpMakerMeltedOneDomesticAndOneImportedHeatInMarch2032() {
        var fixtures = new TkdnFixtures(jdbc);
        admin = accounts.findByUsername("admin").orElseThrow();
        operator = accounts.findByUsername("operator").orElseThrow();
        product = fixtures.productNotOf(TkdnFixtures.PUMPS, 2, accounts.findByUsername("member").orElseThrow().memberId());
        long member = fixtures.memberOf(product);
        memberName = jdbc.sql("select legal_name from member where id = :id").param("id", member).query(String.class).single();
        heats.record(admin, member, heat("WS-5001", LocalDate.of(2032, 3, 4), "100", ChargeOrigin.DOMESTIC));
        heats.record(admin, member, heat("WS-5002", LocalDate.of(2032, 3, 18), "300", ChargeOrigin.IMPORTED));
    }

    private static HeatDraft heat(String number, LocalDate day, String pigIronKg, ChargeOrigin origin) {
        return new HeatDraft("Kupola 1", day, number, "FC200", Map.of(Element.C, new BigDecimal("3.35")), null, null, null,
                List.of(new ChargeLine(ChargeMaterial.PIG_IRON, new BigDecimal(pigIronKg), origin, "PT Krakatau", "PO-" + number)));
    }

    private void pigIronFromTheMarchHeats() {
        products.revise(admin, product, products.sheet(admin, product).version(),
                TkdnFixtures.pigIronDraft(OriginKind.DOMESTIC, true, FROM, TO));
    }

    @Test
    void thePdfNamesTheMemberItsTkdnUnderItsRegulationAndTheHeatsBehindThePigIron() throws IOException {
        pigIronFromTheMarchHeats();

        String text = text(worksheets.pdf(operator, product, INDONESIAN));

        // 100 of 400 kg domestic: 0.75 × 30 + 10 + 15 = 47.5 % (as ProductCostsTests computes by hand).
        assertThat(text).contains(memberName).contains("47,50 %").contains("Permenperin");
        assertThat(text).contains("WS-5001").contains("WS-5002").contains("PO-WS-5002");
    }

    @Test
    void theWorkbookListsEveryChargeLineOfThePeriodOnItsEvidenceSheet() throws IOException {
        pigIronFromTheMarchHeats();

        byte[] xlsx = worksheets.workbook(operator, product, Locale.ENGLISH);

        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var evidence = book.getSheets().toList().get(1);
            var heatNumbers = evidence.read().stream().flatMap(r -> r.stream())
                    .filter(c -> c != null && c.getText().startsWith("WS-")).map(c -> c.getText()).toList();
            assertThat(heatNumbers).containsExactly("WS-5001", "WS-5002");
        }
    }

    @Test
    void aBuyerCannotDownloadTheWorksheetForItHoldsTheCosts() {
        var buyer = accounts.findByUsername("buyer").orElseThrow();

        assertThatThrownBy(() -> worksheets.pdf(buyer, product, INDONESIAN)).isInstanceOf(AccessDeniedException.class);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
