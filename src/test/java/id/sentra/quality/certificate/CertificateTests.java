package id.sentra.quality.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;


import id.sentra.SentraIntegrationTest;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Disposition;
import id.sentra.quality.Limits;
import id.sentra.quality.LotInspections;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.LotBook;
import id.sentra.quality.trace.TraceFixtures;
import id.sentra.quality.trace.Traceability;

/**
 * Certificates on the real database and the real PDF: issued for an accepted brake-block lot of the demo KAI
 * contract (limits from its product specification), read back with PDFBox, QR decoded with ZXing, verified.
 * Inspections come from {@link AcceptingInspections}, so each verdict is set by the test; the real disposition runs
 * in {@link CertificateEndToEndTests}.
 */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateTests {

    @Autowired Traceability trace;
    @Autowired CertificateDrafting drafting;
    @Autowired Certificates store;
    @Autowired CertificateCodec codec;
    @Autowired CertificatePdf pdf;
    @Autowired CertificateVerifier verifier;
    @Autowired CertificateBook realBook;
    @Autowired Clock clock;
    @Autowired id.sentra.quality.Specifications specs;
    @Autowired HeatBook heats;
    @Autowired LotBook lots;
    @Autowired WorkOrderProgress workOrders;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Value("${sentra.certificates.base-url}") String baseUrl;

    private SentraUser admin;
    private SentraUser kai;
    private long demoMember;
    private TraceFixtures.MadeLot made;
    private CertificateBook book;
    private String number;

    @BeforeAll
    void anAcceptedSleeveLotWithItsCertificate() {
        admin = accounts.findByUsername("admin").orElseThrow();
        kai = accounts.findByUsername("buyer").orElseThrow();
        demoMember = accounts.findByUsername("member").orElseThrow().memberId();
        made = new TraceFixtures(heats, lots, workOrders, jdbc).lotFor(admin, TraceFixtures.BRAKE_BLOCKS, demoMember, "CRT");
        var inspections = new AcceptingInspections().inspected(made.lotId(), made.workOrderId(), made.memberId(), Disposition.ACCEPT);
        book = withInspections(inspections);
        number = book.issue(admin, made.lotId());
    }

    private CertificateBook withInspections(LotInspections inspections) {
        var provider = new StaticListableBeanFactory(Map.of("inspections", inspections)).getBeanProvider(LotInspections.class);
        return new CertificateBook(trace, provider, drafting, store, codec, clock);
    }

    private String pdfText() throws Exception {
        return CertificateCodec.text(book.pdf(admin, number));
    }

    @Test
    void thePdfNamesTheHeatsWithChemistryBesideTheDrawingsLimits() throws Exception {
        String text = pdfText();
        assertThat(text).contains(number, made.heatNumberA(), made.heatNumberB(), made.contractReference());
        var lot = trace.lot(admin, made.lotId());
        var spec = specs.specificationForPart(lot.origin().cooperativeId(), kai.buyerId(), "KAI-BR-M-0412").orElseThrow();
        var limits = specs.chemistryLimits(spec.inForceOn(lot.madeOn()).orElseThrow());
        var heat = heats.get(admin, made.heatA());
        heat.readings().forEach((element, actual) -> assertThat(text).contains(element.symbol() + " % "
                + figure(limits.getOrDefault(element, Limits.NONE).min()) + " " + figure(limits.getOrDefault(element, Limits.NONE).max())
                + " " + figure(actual)));
    }

    private static String figure(java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
        return value == null ? "-" : java.util.Objects.requireNonNull(Limits.normal(value)).toPlainString();
    }

    /** JIS G5501 via the shipped library: FC250 on a cast-on bar, 30 mm governing wall, row over 20 up to 40 mm, 210 MPa. */
    @Test
    void aCastOnBarsTensileIsPrintedAgainstTheRowOfTheWallNotTheGradeFigure() {
        var heat = new id.sentra.quality.HeatRecord(1, 1, 1, "H-CO-1", java.time.LocalDate.of(2027, 3, 1), "Kupola", "FC250", null,
                Map.of(), null, 215, null, id.sentra.quality.SpecimenKind.CAST_ON, List.of(), 0);
        var judged = new JudgedAgainst("FC250", "JIS G5501", Map.of(), Limits.of("250", null), Limits.NONE);
        var row = specs.tensileMinimum("FC250", id.sentra.quality.SpecimenKind.CAST_ON, new java.math.BigDecimal("30"));

        var rm = CertificateDrafting.result(heat, judged, row).mechanical().getFirst();

        assertThat(rm.min()).isEqualTo("210");
        assertThat(rm.actual()).isEqualTo("215");
        assertThat(rm.basis()).isEqualTo("FC250, cast-on bar, wall over 20 up to 40 mm: 210 MPa minimum");
        assertThat(CertificateDrafting.result(heat, judged, java.util.Optional.empty()).mechanical().getFirst().min()).isEqualTo("250");
    }

    @Test
    void theBuyerListsTheCertificatesOfItsContractsWithHeatsStatusAndLinks() {
        var line = book.list(kai, null).stream().filter(c -> c.number().equals(number)).findFirst().orElseThrow();
        assertThat(line.lotId()).isEqualTo(made.lotId());
        assertThat(line.contractReference()).isEqualTo(made.contractReference());
        assertThat(line.heatNumbers()).containsExactlyInAnyOrder(made.heatNumberA(), made.heatNumberB());
        assertThat(line.status()).isEqualTo(CertificateListing.Status.GENUINE);
        assertThat(line.verifyUrl()).isEqualTo(baseUrl + "/verify/" + number);
        assertThat(book.list(kai, line.contractId())).extracting(CertificateListing::number).contains(number);
        assertThat(book.list(kai, -1L)).isEmpty();
    }

    @Test
    void anotherBuyerAnotherCooperativeAndAnotherMemberDoNotListIt() {
        long otherBuyer = jdbc.sql("select min(id) from buyer where id <> :b").param("b", kai.buyerId()).query(Long.class).single();
        var stranger = new SentraUser(0, "other.buyer", "Other buyer", null, kai.role(), null, null, otherBuyer, false, true);
        assertThat(book.list(stranger, null)).extracting(CertificateListing::number).doesNotContain(number);
        assertThat(book.list(accounts.findByUsername("operator.tegal").orElseThrow(), null))
                .extracting(CertificateListing::number).doesNotContain(number);
        assertThat(book.list(accounts.findByUsername("operator").orElseThrow(), null))
                .extracting(CertificateListing::number).contains(number);
        var maker = new SentraUser(0, "maker", "Maker", null, id.sentra.platform.security.Role.MEMBER, null, made.memberId(), null,
                false, true);
        assertThat(book.list(maker, null)).extracting(CertificateListing::number).contains(number);
        if (made.memberId() != demoMember) {
            assertThat(book.list(accounts.findByUsername("member").orElseThrow(), null))
                    .extracting(CertificateListing::number).doesNotContain(number);
        }
        assertThatThrownBy(() -> book.list(accounts.findByUsername("ministry").orElseThrow(), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void thePdfNamesTheSamplingPlanInspectorAndQuantity() throws Exception {
        String text = pdfText();
        assertThat(text).contains(AcceptingInspections.PLAN, AcceptingInspections.INSPECTOR, made.pieces() + " pcs", "EN 10204:2004 3.1");
    }

    @Test
    void theQrCodeOnThePageOpensTheVerificationPage() throws Exception {
        assertThat(CertificateReading.qrText(book.pdf(admin, number))).isEqualTo(baseUrl + "/verify/" + number);
    }

    @Test
    void theVerificationPageSaysGenuineWithoutSigningIn() throws Exception {
        String html = mvc.perform(get("/verify/" + number)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-verdict=\"GENUINE\"", made.heatNumberA(), AcceptingInspections.INSPECTOR);
    }

    @Test
    void theIssuedPdfUploadedIsGenuine() {
        assertThat(verifier.byPdf(book.pdf(admin, number)).verdict()).isEqualTo(Verification.Verdict.GENUINE);
    }

    @Test
    void aPdfWithAChangedFigureIsNotGenuine() {
        var issued = store.byNumber(number).orElseThrow();
        var forged = codec.content(issued.content().replace("\"actual\":\"3.41\"", "\"actual\":\"3.21\""));
        assertThat(forged).isNotEqualTo(codec.content(issued.content()));
        byte[] forgedPdf = pdf.render(forged, issued.seal());
        assertThat(verifier.byPdf(forgedPdf).verdict()).isEqualTo(Verification.Verdict.PDF_MISMATCH);
    }

    @Test
    void thePrintedCodeChecksOutAndAnotherDoesNot() {
        String printed = CertificateSeal.printed(store.byNumber(number).orElseThrow().seal()).toUpperCase();
        assertThat(verifier.byCode(number, printed).genuine()).isTrue();
        assertThat(verifier.byCode(number, "0".repeat(64)).verdict()).isEqualTo(Verification.Verdict.CODE_MISMATCH);
    }

    @Test
    void aRecordChangedAfterIssueIsNotGenuine() {
        var other = new TraceFixtures(heats, lots, workOrders, jdbc).lotFor(admin,
                TraceFixtures.BRAKE_BLOCKS, demoMember, "ALT");
        var inspections = new AcceptingInspections().inspected(other.lotId(), other.workOrderId(), other.memberId(), Disposition.ACCEPT);
        String altered = withInspections(inspections).issue(admin, other.lotId());
        jdbc.sql("update certificate set content = replace(content, '\"actual\":\"205\"', '\"actual\":\"225\"') where number = :n")
                .param("n", altered).update();
        assertThat(verifier.byNumber(altered).verdict()).isEqualTo(Verification.Verdict.RECORD_ALTERED);
    }

    @Test
    void aLotNotAcceptedGetsNoCertificate() {
        var other = new TraceFixtures(heats, lots, workOrders, jdbc).lotFor(admin,
                TraceFixtures.BRAKE_BLOCKS, demoMember, "HLD");
        var held = new AcceptingInspections().inspected(other.lotId(), other.workOrderId(), other.memberId(), Disposition.HOLD);
        assertThatThrownBy(() -> withInspections(held).issue(admin, other.lotId())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactly("cert.lot.notAccepted"));
    }

    @Test
    void aLotWithoutInspectionGetsNoCertificate() {
        var other = new TraceFixtures(heats, lots, workOrders, jdbc).lotFor(admin,
                TraceFixtures.BRAKE_BLOCKS, demoMember, "NIN");
        assertThatThrownBy(() -> realBook.issue(admin, other.lotId())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactly("cert.lot.notInspected"));
    }

    @Test
    void theBuyerDownloadsItsCertificateAndTracesItsLot() {
        assertThat(book.pdf(kai, number)).isNotEmpty();
        assertThat(trace.certificate(kai, number).lotId()).isEqualTo(made.lotId());
    }
}
