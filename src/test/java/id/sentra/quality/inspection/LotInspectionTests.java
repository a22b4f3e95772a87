package id.sentra.quality.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.allocation.WorkOrderStatus;
import id.sentra.demand.ContractParts;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Disposition;
import id.sentra.quality.Specifications;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.LotBook;
import id.sentra.quality.production.LotDraft;
import id.sentra.quality.sampling.Severity;
import id.sentra.quality.sampling.CodeLetter;
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;
import id.sentra.quality.SamplingTerms;

/** Lot inspection on the real database: held lots with the reason, overrides kept beside the decision, switching, NCRs, scope. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotInspectionTests {

    @Autowired LotInspectionService inspections;
    @Autowired NcrBook ncrs;
    @Autowired StreamDecisions decisions;
    @Autowired HeatBook heats;
    @Autowired LotBook lots;
    @Autowired WorkOrderProgress orders;
    @Autowired Specifications specs;
    @Autowired ContractParts parts;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private SentraUser member;
    private SentraUser operator;
    private SentraUser admin;

    @BeforeAll
    void users() {
        member = accounts.findByUsername("member").orElseThrow();
        operator = accounts.findByUsername("operator").orElseThrow();
        admin = accounts.findByUsername("admin").orElseThrow();
    }

    private LotFixture startedOrder() {
        var fixture = LotFixture.forMember(jdbc, specs, parts, orders, member, admin);
        orders.startProduction(member, fixture.workOrderId(), orders.find(fixture.workOrderId()).orElseThrow().version());
        return fixture;
    }

    private long lot(LotFixture fixture, String heatNumber, java.util.Map<id.sentra.quality.Element, java.math.BigDecimal> readings, int pieces) {
        long heat = heats.record(member, null, fixture.heat(heatNumber, readings, specs));
        return lots.add(member, fixture.workOrderId(), new LotDraft(LotFixture.DAY, pieces, List.of(heat), Map.of()));
    }

    private InspectionView inspectGood(LotFixture fixture, long lotId) {
        int n = inspections.sheet(member, lotId).plan().sampleSize();
        return inspections.inspect(member, lotId, new InspectionRequest(null, fixture.goodMeasurements(n)));
    }

    @Test
    void aHeatWithOneElementOutOfRangeHoldsTheLotAndTheOverrideKeepsTheOriginalDecision() {
        var fixture = startedOrder();
        long lotId = lot(fixture, "INS-HOLD-1", fixture.oneOutOfRange(), fixture.pieces());
        var held = inspectGood(fixture, lotId);
        assertThat(held.inspection().standing()).isEqualTo(Disposition.HOLD);
        assertThat(held.inspection().inspector()).isEqualTo(member.displayName());
        assertThat(held.inspection().checks()).filteredOn(c -> !c.passed()).singleElement()
                .satisfies(c -> assertThat(c.messageKey()).isEqualTo("inspection.rule.chemistry.out"))
                .satisfies(c -> assertThat(c.arguments()).contains(fixture.firstLimited().symbol()));
        assertThatThrownBy(() -> inspections.override(member, lotId, held.version(), Disposition.ACCEPT, "saya yakin"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inspections.override(operator, lotId, held.version(), Disposition.ACCEPT, " "))
                .isInstanceOf(InvalidInputException.class);
        var overridden = inspections.override(operator, lotId, held.version(), Disposition.ACCEPT, "Tinjauan bahan: masih dalam toleransi pembeli");
        assertThat(overridden.inspection().decided()).isEqualTo(Disposition.HOLD);
        assertThat(overridden.inspection().standing()).isEqualTo(Disposition.ACCEPT);
        assertThat(overridden.inspection().overriddenBy()).isEqualTo(operator.displayName());
        assertThat(overridden.overriddenAt()).isNotNull();
        assertThat(inspections.ofLot(lotId).orElseThrow().overrideReason()).isEqualTo("Tinjauan bahan: masih dalam toleransi pembeli");
        assertThatThrownBy(() -> inspections.override(operator, lotId, held.version(), Disposition.REJECT, "lagi"))
                .isInstanceOf(StaleRecordException.class);
        assertThat(orders.find(fixture.workOrderId()).orElseThrow().status()).isEqualTo(WorkOrderStatus.INSPECTED);
    }

    /** Each switching test starts its member's stream for the part afresh: normal, score zero, nothing approved (9.1). */
    private void freshStream(LotFixture fixture) {
        jdbc.sql("delete from inspection_stream where member_id = :m and spec_id = :s")
                .param("m", member.memberId()).param("s", fixture.specId()).update();
    }

    @Test
    void twoRejectedLotsOnNormalInspectionTightenTheNextLotsPlan() {
        var fixture = startedOrder();
        freshStream(fixture);
        int size = fixture.pieces() / 4;
        for (int i = 0; i < 2; i++) {
            long lotId = lot(fixture, "INS-SW-" + i, fixture.goodReadings(), size);
            var sheet = inspections.sheet(member, lotId);
            var bad = new java.util.HashMap<String, List<java.math.BigDecimal>>();
            sheet.characteristics().forEach(c -> bad.put(c.name(), java.util.Collections.nCopies(sheet.plan().sampleSize(),
                    c.limits().max() != null ? c.limits().max().add(java.math.BigDecimal.ONE) : c.limits().min().subtract(java.math.BigDecimal.ONE))));
            assertThat(inspections.inspect(member, lotId, new InspectionRequest(null, bad)).inspection().standing())
                    .isEqualTo(Disposition.REJECT);
        }
        long third = lot(fixture, "INS-SW-2", fixture.goodReadings(), size);
        assertThat(inspections.sheet(member, third).plan().severity()).isEqualTo(Severity.TIGHTENED);
        assertThat(inspections.sheet(member, third).planText()).contains("TIGHTENED");
    }

    /**
     * Hand-checked, ISO 2859-1 Table 1: a lot of 20 is code letter A at special level S-2 (C at level II). The revision
     * takes effect in 2033, so only lots made from then on are sampled by it (a year no other test makes lots in: the
     * import-substitution tests count the lots of 2031).
     */
    @Test
    void theInspectionLevelAndAqlOfTheRevisionInForceChooseTheLotsPlan() {
        var fixture = LotFixture.inProduction(jdbc, specs, parts, orders, member, admin, 60);
        var spec = specs.specification(fixture.specId()).orElseThrow();
        var c = spec.latest().content();
        var later = LocalDate.of(2033, 1, 1);
        if (spec.latest().effectiveFrom().isBefore(later)) {
            specs.revise(admin, spec.id(), spec.version(), new RevisionRequest(later, "Level dan AQL pembeli",
                    new RevisionContent(c.drawingReference(), c.drawingRevision(), c.gradeCode(), c.loadClass(), c.characteristics(),
                            c.chemistry(), SamplingTerms.of("S2", "4.0"))));
        }
        long heat = heats.record(member, null, fixture.heat("INS-AQL-1", fixture.goodReadings(), specs));
        long lotId = lots.add(member, fixture.workOrderId(), new LotDraft(later.plusDays(3), 20, List.of(heat), Map.of()));
        var sheet = inspections.sheet(member, lotId);
        assertThat(sheet.sampling()).isEqualTo(SamplingTerms.of("S2", "4.0"));
        assertThat(sheet.plan().indexedLetter()).isEqualTo(CodeLetter.A);
        assertThat(sheet.planText()).startsWith("ISO 2859-1, level S-2, AQL 4.0, ");
        long earlier = lot(fixture, "INS-AQL-2", fixture.goodReadings(), 20);
        assertThat(inspections.sheet(member, earlier).plan().indexedLetter()).isEqualTo(CodeLetter.C);
        assertThat(inspections.sheet(member, earlier).planText()).startsWith("ISO 2859-1, level II, AQL 1.0, ");
    }

    @Test
    void atScoreThirtyInspectionStaysNormalUntilTheOperatorApprovesReducedAndSaysWhy() {
        var fixture = LotFixture.inProduction(jdbc, specs, parts, orders, member, admin, 60);
        freshStream(fixture);
        long first = lot(fixture, "INS-RED-1", fixture.goodReadings(), 20);
        inspectGood(fixture, first);
        jdbc.sql("update inspection_stream set switching_score = 30 where member_id = :m and spec_id = :s")
                .param("m", member.memberId()).param("s", fixture.specId()).update();
        long next = lot(fixture, "INS-RED-2", fixture.goodReadings(), 20);

        var waiting = inspections.sheet(operator, next);
        assertThat(waiting.plan().severity()).isEqualTo(Severity.NORMAL);
        assertThat(waiting.stream().waitsForReducedApproval()).isTrue();
        assertThat(waiting.canManageStream()).isTrue();
        assertThat(inspections.sheet(member, next).canManageStream()).isFalse();
        assertThatThrownBy(() -> decisions.approveReduced(member, next, waiting.stream().version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.approveReduced(operator, next, waiting.stream().version() - 1))
                .isInstanceOf(StaleRecordException.class);

        var approved = decisions.approveReduced(operator, next, waiting.stream().version());

        assertThat(approved.severity()).isEqualTo(Severity.REDUCED);
        assertThat(approved.reducedApprovedBy()).isEqualTo(operator.displayName());
        assertThat(approved.reducedApprovedAt()).isNotNull();
        assertThat(inspections.sheet(member, next).plan().severity()).isEqualTo(Severity.REDUCED);
        assertThat(inspections.sheet(member, next).planText()).contains("REDUCED");
        freshStream(fixture);
    }

    @Test
    void discontinuedInspectionHoldsLotsUntilTheOperatorResumesOnTightenedWithAnNcrsCorrectiveAction() {
        var fixture = LotFixture.inProduction(jdbc, specs, parts, orders, member, admin, 60);
        freshStream(fixture);
        long first = lot(fixture, "INS-DIS-1", fixture.goodReadings(), 20);
        inspectGood(fixture, first);
        // Five lots not accepted on tightened inspection, as SwitchingStateTests walks through lot by lot.
        jdbc.sql("""
                update inspection_stream set severity = 'TIGHTENED', discontinued = true, not_accepted_on_tightened = 5,
                       switching_score = 0, recent_normal = '' where member_id = :m and spec_id = :s""")
                .param("m", member.memberId()).param("s", fixture.specId()).update();
        long held = lot(fixture, "INS-DIS-2", fixture.goodReadings(), 20);
        var whileDiscontinued = inspectGood(fixture, held);
        assertThat(whileDiscontinued.inspection().standing()).isEqualTo(Disposition.HOLD);
        assertThat(whileDiscontinued.inspection().checks()).anyMatch(c -> c.messageKey().equals("inspection.rule.discontinued"));

        long ncr = ncrs.open(member, List.of(held), new NcrTexts("Lima lot ditolak", null, null, null));
        int version = inspections.sheet(operator, held).stream().version();
        assertThat(inspections.sheet(operator, held).stream().discontinued()).isTrue();
        assertThat(decisions.correctiveActions(operator, held)).noneMatch(r -> r.id() == ncr);
        assertThatThrownBy(() -> decisions.resume(operator, held, version, ncr)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactly("inspection.resume.noCorrectiveAction"));
        var report = ncrs.get(operator, ncr);
        ncrs.work(operator, ncr, report.version(), new NcrTexts("Lima lot ditolak", "Lot dikarantina", "Cetakan aus",
                "Pola diganti, operator dilatih"), NcrStep.SAVE);
        assertThatThrownBy(() -> decisions.resume(member, held, version, ncr)).isInstanceOf(AccessDeniedException.class);

        var resumed = decisions.resume(operator, held, version, ncr);

        assertThat(resumed.discontinued()).isFalse();
        assertThat(resumed.severity()).isEqualTo(Severity.TIGHTENED);
        assertThat(resumed.resumed().ncrId()).isEqualTo(ncr);
        assertThat(resumed.resumed().by()).isEqualTo(operator.displayName());
        long next = lot(fixture, "INS-DIS-3", fixture.goodReadings(), 20);
        assertThat(inspections.sheet(member, next).plan().severity()).isEqualTo(Severity.TIGHTENED);
        assertThat(inspectGood(fixture, next).inspection().checks()).noneMatch(c -> c.messageKey().equals("inspection.rule.discontinued"));
        freshStream(fixture);
    }

    @Test
    void aNonConformanceReportGoesFromOpenThroughContainedToClosedWithWhoAndWhen() {
        var fixture = startedOrder();
        long lotId = lot(fixture, "INS-NCR-1", fixture.oneOutOfRange(), fixture.pieces() / 2);
        inspectGood(fixture, lotId);
        long id = ncrs.open(member, List.of(lotId), new NcrTexts("Fosfor tinggi", null, null, null));
        var open = ncrs.get(operator, id);
        assertThat(open.heatIds()).hasSize(1);
        assertThatThrownBy(() -> ncrs.work(operator, id, open.version(), open.texts(), NcrStep.CLOSE)).isInstanceOf(InvalidInputException.class);
        var contained = ncrs.work(operator, id, open.version(), new NcrTexts("Fosfor tinggi", "Lot dikarantina", null, null), NcrStep.CONTAIN);
        assertThat(contained.status()).isEqualTo(NcrStatus.CONTAINED);
        assertThat(contained.contained().by()).isEqualTo(operator.displayName());
        assertThatThrownBy(() -> ncrs.work(member, id, open.version(), contained.texts(), NcrStep.SAVE)).isInstanceOf(StaleRecordException.class);
        var closed = ncrs.work(member, id, contained.version(),
                new NcrTexts("Fosfor tinggi", "Lot dikarantina", "Skrap berfosfor", "Pemilahan skrap masuk"), NcrStep.CLOSE);
        assertThat(closed.status()).isEqualTo(NcrStatus.CLOSED);
        assertThat(closed.closed().at()).isNotNull();
    }

    @Test
    void theMinistryAnotherCooperativesOperatorAndAnotherBuyerSeeNoInspection() {
        var fixture = startedOrder();
        long lotId = lot(fixture, "INS-SCOPE-1", fixture.goodReadings(), 1);
        for (String who : List.of("ministry", "operator.tegal")) {
            var user = accounts.findByUsername(who).orElseThrow();
            assertThatThrownBy(() -> inspections.sheet(user, lotId)).isInstanceOf(AccessDeniedException.class);
        }
        var buyer = accounts.findByUsername("buyer").orElseThrow();
        var wo = orders.find(fixture.workOrderId()).orElseThrow();
        boolean own = parts.part(wo.contractId(), wo.lineNo()).orElseThrow().buyerId() == buyer.buyerId();
        if (own) {
            assertThat(inspections.sheet(buyer, lotId).canRecord()).isFalse();
        } else {
            assertThatThrownBy(() -> inspections.sheet(buyer, lotId)).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> ncrs.list(buyer)).isInstanceOf(AccessDeniedException.class);
    }
}
