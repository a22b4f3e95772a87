package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.demand.ContractParts;
import id.sentra.platform.security.Accounts;
import id.sentra.quality.Specifications;
import id.sentra.quality.inspection.LotFixture;
import id.sentra.quality.inspection.NcrBook;
import id.sentra.quality.inspection.NcrStep;
import id.sentra.quality.inspection.NcrTexts;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.LotBook;
import id.sentra.quality.production.LotDraft;

/**
 * The issue's scenario: a member enters a heat with one element out of range on a phone, inspects the lot poured
 * from it and sees it held with the reason; the operator overrides with a reason, and both decisions stay shown.
 */
class InspectionBrowserTests extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired Specifications specs;
    @Autowired ContractParts parts;
    @Autowired WorkOrderProgress orders;
    @Autowired LotBook lots;
    @Autowired HeatBook heats;
    @Autowired NcrBook ncrs;

    @Test
    void aMemberSeesALotHeldForAnElementOutOfRangeAndTheOperatorOverridesWithAReason() {
        var member = accounts.findByUsername("member").orElseThrow();
        var fixture = LotFixture.forMember(jdbc, specs, parts, orders, member, accounts.findByUsername("admin").orElseThrow());
        orders.startProduction(member, fixture.workOrderId(), orders.find(fixture.workOrderId()).orElseThrow().version());
        jdbc.sql("delete from inspection_stream where member_id = :m and spec_id = :s")
                .param("m", member.memberId()).param("s", fixture.specId()).update();
        var draft = fixture.heat("BRW-OUT-1", fixture.oneOutOfRange(), specs);
        var element = fixture.firstLimited();

        page.setViewportSize(390, 844);
        signInAs("member");
        page.navigate(url("/heats/new"));
        page.locator("#heatNumber").fill(draft.heatNumber());
        page.locator("#furnace").fill(draft.furnace());
        page.locator("#gradeCode").fill(draft.gradeCode());
        draft.readings().forEach((e, v) -> page.locator("#reading-" + e.name()).fill(v.toPlainString().replace('.', ',')));
        if (draft.tensileMpa() != null) {
            page.locator("#tensileMpa").fill(draft.tensileMpa().toString());
        }
        if (draft.hardnessHb() != null) {
            page.locator("#hardnessHb").fill(draft.hardnessHb().toString());
        }
        if (draft.specimen() != null) {
            page.locator("#specimen").selectOption(draft.specimen().name());
        }
        page.locator("#save-heat").click();
        assertThat(page.locator("#heat-saved")).isVisible();
        long heatId = jdbc.sql("select id from heat where heat_number = 'BRW-OUT-1'").query(Long.class).single();
        long lotId = lots.add(member, fixture.workOrderId(), new LotDraft(LotFixture.DAY, 3, List.of(heatId), Map.of()));

        page.navigate(url("/lots/" + lotId + "/inspection"));
        assertThat(page.locator("#plan")).containsText("n = 3");
        var values = fixture.goodMeasurements(3);
        var columns = fixture.revision().content().characteristics();
        for (int c = 0; c < columns.size(); c++) {
            for (int p = 0; p < 3; p++) {
                page.locator("#m_" + c + "_" + p).fill(values.get(columns.get(c).name()).get(p).toPlainString().replace('.', ','));
            }
        }
        page.locator("#save-inspection").click();
        assertThat(page.locator("#standing")).hasText("DITAHAN");
        assertThat(page.locator("#checks li.failed")).hasCount(1);
        assertThat(page.locator("#checks li.failed")).containsText("BRW-OUT-1: " + element.symbol());
        assertThat(page.locator("#checks li.failed")).containsText("ditahan untuk tinjauan bahan");

        page.context().clearCookies();
        signInAs("operator");
        page.navigate(url("/lots/" + lotId + "/inspection"));
        page.locator("#disposition").selectOption("ACCEPT");
        page.locator("#save-override").click();
        assertThat(page.locator("#override-errors")).isVisible();
        page.locator("#reason").fill("Tinjauan bahan: pembeli menyetujui penyimpangan");
        page.locator("#save-override").click();
        assertThat(page.locator("#overridden")).isVisible();
        assertThat(page.locator("#standing")).hasText("DITERIMA");
        assertThat(page.locator("#decided")).containsText("DITAHAN");
        assertThat(page.locator("#override-reason")).containsText("pembeli menyetujui penyimpangan");
    }

    @Test
    void theOperatorSeesWhyInspectionStaysNormalAndApprovesReducedInspection() {
        var member = accounts.findByUsername("member").orElseThrow();
        var fixture = LotFixture.inProduction(jdbc, specs, parts, orders, member, accounts.findByUsername("admin").orElseThrow(), 3);
        jdbc.sql("delete from inspection_stream where member_id = :m and spec_id = :s")
                .param("m", member.memberId()).param("s", fixture.specId()).update();
        long heatId = heats.record(member, null, fixture.heat("BRW-RED-1", fixture.goodReadings(), specs));
        long lotId = lots.add(member, fixture.workOrderId(), new LotDraft(LotFixture.DAY, 3, List.of(heatId), Map.of()));

        signInAs("operator");
        page.navigate(url("/lots/" + lotId + "/inspection"));
        assertThat(page.locator("#stream-severity")).containsText("inspeksi normal");
        assertThat(page.locator("#reduced-note")).containsText("belum disetujui");
        page.locator("#approve-reduced").click();
        assertThat(page.locator("#reduced-approved")).isVisible();
        assertThat(page.locator("#reduced-approval")).containsText("disetujui oleh Operator Koperasi Batur Jaya");
        assertThat(page.locator("#approve-reduced")).hasCount(0);
        jdbc.sql("delete from inspection_stream where member_id = :m and spec_id = :s")
                .param("m", member.memberId()).param("s", fixture.specId()).update();
    }

    @Test
    void theOperatorSeesInspectionDiscontinuedAndResumesItOnTightenedAfterTheCorrectiveAction() {
        var member = accounts.findByUsername("member").orElseThrow();
        var operator = accounts.findByUsername("operator").orElseThrow();
        var fixture = LotFixture.inProduction(jdbc, specs, parts, orders, member, accounts.findByUsername("admin").orElseThrow(), 3);
        jdbc.sql("delete from inspection_stream where member_id = :m and spec_id = :s")
                .param("m", member.memberId()).param("s", fixture.specId()).update();
        long heatId = heats.record(member, null, fixture.heat("BRW-DIS-1", fixture.goodReadings(), specs));
        long lotId = lots.add(member, fixture.workOrderId(), new LotDraft(LotFixture.DAY, 3, List.of(heatId), Map.of()));
        jdbc.sql("insert into inspection_stream (member_id, spec_id, severity, discontinued, recent_normal, consecutive_accepted,"
                        + " not_accepted_on_tightened, switching_score, reduced_approved, version)"
                        + " values (:m, :s, 'TIGHTENED', true, '', 0, 5, 0, false, 1)")
                .param("m", member.memberId()).param("s", fixture.specId()).update();
        long ncr = ncrs.open(member, List.of(lotId), new NcrTexts("Lima lot ditolak", null, null, null));
        ncrs.work(member, ncr, ncrs.get(member, ncr).version(),
                new NcrTexts("Lima lot ditolak", "Karantina", "Pasir basah", "Pengering pasir dipasang"), NcrStep.SAVE);

        signInAs("operator");
        page.navigate(url("/lots/" + lotId + "/inspection"));
        assertThat(page.locator("#discontinued-note")).containsText("Inspeksi dihentikan");
        page.locator("#ncrId").selectOption(String.valueOf(ncr));
        page.locator("#resume").click();
        assertThat(page.locator("#resumed-saved")).isVisible();
        assertThat(page.locator("#discontinued-note")).hasCount(0);
        assertThat(page.locator("#stream-severity")).containsText("diperketat");
        assertThat(page.locator("#resumption")).containsText(operator.displayName());
        assertThat(page.locator("#resumed-ncr")).hasText("NCR #" + ncr);
        jdbc.sql("delete from inspection_stream where member_id = :m and spec_id = :s")
                .param("m", member.memberId()).param("s", fixture.specId()).update();
    }
}
