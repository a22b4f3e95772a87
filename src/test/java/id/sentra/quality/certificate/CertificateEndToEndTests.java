package id.sentra.quality.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.demand.ContractParts;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Disposition;
import id.sentra.quality.Limits;
import id.sentra.quality.LotInspection;
import id.sentra.quality.LotInspections;
import id.sentra.quality.Specifications;
import id.sentra.quality.inspection.InspectionRequest;
import id.sentra.quality.inspection.LotFixture;
import id.sentra.quality.inspection.LotInspectionService;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.LotBook;
import id.sentra.quality.production.LotDraft;

/**
 * The whole way, with the real disposition: a member records a heat and a lot that meet the specification, the lot
 * is inspected and accepted, the certificate is issued; its PDF, QR code and verification page are checked, and
 * then the stored content is changed behind the seal's back.
 */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateEndToEndTests {

    @Autowired LotInspectionService inspectionService;
    @Autowired LotInspections inspections;
    @Autowired CertificateBook certificates;
    @Autowired Specifications specs;
    @Autowired ContractParts parts;
    @Autowired WorkOrderProgress orders;
    @Autowired HeatBook heats;
    @Autowired LotBook lots;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Value("${sentra.certificates.base-url}") String baseUrl;

    private SentraUser member;
    private LotFixture fixture;
    private long heatId;
    private LotInspection inspection;
    private String number;

    @BeforeAll
    void anInspectedAndAcceptedLotWithItsCertificate() {
        member = accounts.findByUsername("member").orElseThrow();
        var admin = accounts.findByUsername("admin").orElseThrow();
        fixture = LotFixture.forMember(jdbc, specs, parts, orders, member, admin);
        heatId = heats.record(member, null, fixture.heat("E2E-CERT-1", fixture.goodReadings(), specs));
        orders.startProduction(member, fixture.workOrderId(), orders.get(member, fixture.workOrderId()).version());
        long lotId = lots.add(member, fixture.workOrderId(),
                new LotDraft(LotFixture.DAY, Math.min(fixture.pieces(), 200), List.of(heatId), Map.of()));
        int n = inspectionService.sheet(member, lotId).plan().sampleSize();
        inspectionService.inspect(member, lotId, new InspectionRequest(null, fixture.goodMeasurements(n)));
        inspection = inspections.ofLot(lotId).orElseThrow();
        number = certificates.issue(member, lotId);
    }

    @Test
    void theLotWasAcceptedByTheDisposition() {
        assertThat(inspection.standing()).isEqualTo(Disposition.ACCEPT);
    }

    @Test
    void thePdfReadsBackWithTheHeatItsChemistryBesideTheLimitsThePlanAndTheInspector() throws Exception {
        String text = CertificateCodec.text(certificates.pdf(member, number));
        var heat = heats.get(member, heatId);
        assertThat(text).contains(number, heat.heatNumber(), inspection.samplingPlan(), inspection.inspector());
        fixture.chemistry().forEach((element, limits) -> assertThat(text).contains(element.symbol() + " % "
                + figure(limits.min()) + " " + figure(limits.max()) + " " + figure(heat.readings().get(element))));
    }

    private static String figure(java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
        return value == null ? "-" : Objects.requireNonNull(Limits.normal(value)).toPlainString();
    }

    @Test
    void theQrCodeDecodesToTheVerificationAddress() throws Exception {
        assertThat(CertificateReading.qrText(certificates.pdf(member, number))).isEqualTo(baseUrl + "/verify/" + number);
    }

    @Test
    void theVerificationPageSaysGenuineToAnyone() throws Exception {
        String html = mvc.perform(get("/verify/" + number)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-verdict=\"GENUINE\"", "E2E-CERT-1");
    }

    @Test
    void theIssuedPdfUploadedToTheVerificationPageIsGenuine() throws Exception {
        var file = new MockMultipartFile("file", number + ".pdf", "application/pdf", certificates.pdf(member, number));
        String html = mvc.perform(multipart("/verify").file(file).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-verdict=\"GENUINE\"");
    }

    @Test
    void contentChangedAfterIssueIsNotGenuine() throws Exception {
        var alteredNumber = number;
        jdbc.sql("update certificate set content = replace(content, 'E2E-CERT-1', 'E2E-CERT-9') where number = :n")
                .param("n", alteredNumber).update();
        String html = mvc.perform(get("/verify/" + alteredNumber)).andReturn().getResponse().getContentAsString();
        jdbc.sql("update certificate set content = replace(content, 'E2E-CERT-9', 'E2E-CERT-1') where number = :n")
                .param("n", alteredNumber).update();
        assertThat(html).contains("data-verdict=\"RECORD_ALTERED\"").doesNotContain("E2E-CERT-9");
    }
}
