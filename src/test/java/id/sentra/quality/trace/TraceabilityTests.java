package id.sentra.quality.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.LotBook;

/** Traceability on the real database: a lot back to its heats and buyer, a heat forward to its recall list, in scope. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceabilityTests {

    @Autowired Traceability trace;
    @Autowired HeatBook heats;
    @Autowired LotBook lots;
    @Autowired WorkOrderProgress workOrders;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private SentraUser admin;
    private SentraUser buyer;
    private TraceFixtures.MadeLot made;

    @BeforeAll
    void aLotOfTheDemoBuyerFromTwoHeats() {
        admin = accounts.findByUsername("admin").orElseThrow();
        buyer = accounts.findByUsername("buyer").orElseThrow();
        long demoMember = accounts.findByUsername("member").orElseThrow().memberId();
        made = new TraceFixtures(heats, lots, workOrders, jdbc).lotFor(admin, TraceFixtures.BRAKE_BLOCKS, demoMember, "TRC");
    }

    @Test
    void aLotLeadsBackToItsHeatsChargeMemberOrderContractAndBuyer() {
        var traced = trace.lot(admin, made.lotId());

        assertThat(traced.heats()).extracting(TracedHeat::heatNumber).containsExactly(made.heatNumberA(), made.heatNumberB());
        var charge = traced.heats().getFirst().charges();
        assertThat(charge).extracting(c -> c.origin()).containsExactly(ChargeOrigin.DOMESTIC, ChargeOrigin.IMPORTED);
        assertThat(traced.heats().getFirst().importedKg()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(traced.origin().workOrderId()).isEqualTo(made.workOrderId());
        assertThat(traced.origin().memberId()).isEqualTo(made.memberId());
        assertThat(traced.origin().contractReference()).isEqualTo(made.contractReference());
        assertThat(traced.origin().buyerId()).isEqualTo(buyer.buyerId());
    }

    @Test
    void aHeatLeadsForwardToEveryLotAndBuyerItReached() {
        var recall = trace.heat(admin, made.heatB());

        assertThat(recall.lines()).extracting(RecallLine::lotId).containsExactly(made.lotId());
        assertThat(recall.lines().getFirst().origin().buyerId()).isEqualTo(buyer.buyerId());
        assertThat(recall.pieces()).isEqualTo(made.pieces());
    }

    @Test
    void theRecallListThroughTheApiNamesTheHeatItsChargeEveryLotAndBuyer() throws Exception {
        var buyerName = jdbc.sql("select name from buyer where id = :b").param("b", buyer.buyerId()).query(String.class).single();
        mvc.perform(get("/api/v1/trace/heats/" + made.heatA()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.heat.id").value(made.heatA()))
                .andExpect(jsonPath("$.heat.heatNumber").value(made.heatNumberA()))
                .andExpect(jsonPath("$.heat.memberId").value(made.memberId()))
                .andExpect(jsonPath("$.heat.memberName").isString())
                .andExpect(jsonPath("$.heat.charges[*].origin").value(org.hamcrest.Matchers.contains("DOMESTIC", "IMPORTED")))
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].lotId").value(made.lotId()))
                .andExpect(jsonPath("$.lines[0].quantityMade").value(made.pieces()))
                .andExpect(jsonPath("$.lines[0].certificateNumber").doesNotExist())
                .andExpect(jsonPath("$.lines[0].origin.workOrderId").value(made.workOrderId()))
                .andExpect(jsonPath("$.lines[0].origin.contractReference").value(made.contractReference()))
                .andExpect(jsonPath("$.lines[0].origin.buyerId").value(buyer.buyerId()))
                .andExpect(jsonPath("$.lines[0].origin.buyerName").value(buyerName));
    }

    @Test
    void aHeatWithoutLotsHasAnEmptyRecallListAndAnUnknownHeatIsNotFound() throws Exception {
        long lonely = heats.record(admin, made.memberId(), new id.sentra.quality.production.HeatDraft("Kupola 1",
                java.time.LocalDate.of(2027, 3, 1), "TRC-LONELY", "FC200",
                java.util.Map.of(id.sentra.quality.Element.C, new BigDecimal("3.40")), 215, null,
                id.sentra.quality.SpecimenKind.SEPARATELY_CAST, java.util.List.of()));
        var recall = trace.heat(admin, lonely);
        assertThat(recall.lines()).isEmpty();
        assertThat(recall.heat().heatNumber()).isEqualTo("TRC-LONELY");
        assertThat(recall.heat().charges()).isEmpty();
        mvc.perform(get("/api/v1/trace/heats/999999999").with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theBuyerTracesALotOfItsOwnContract() {
        assertThat(trace.lot(buyer, made.lotId()).origin().buyerId()).isEqualTo(buyer.buyerId());
    }

    @Test
    void anotherBuyerMayNotTraceTheLot() {
        long otherBuyer = jdbc.sql("select min(id) from buyer where id <> :b").param("b", buyer.buyerId()).query(Long.class).single();
        var stranger = new SentraUser(0, "other.buyer", "Other buyer", null, buyer.role(), null, null, otherBuyer, false, true);
        assertThatThrownBy(() -> trace.lot(stranger, made.lotId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBuyerMayNotOpenAHeatsRecallList() {
        assertThatThrownBy(() -> trace.heat(buyer, made.heatA())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherCooperativesOperatorMayNotTraceTheLot() {
        var tegal = accounts.findByUsername("operator.tegal").orElseThrow();
        assertThatThrownBy(() -> trace.lot(tegal, made.lotId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trace.heat(tegal, made.heatA())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRecallWorkbookHasOneRowPerLotWithTheBuyer() throws Exception {
        byte[] xlsx = mvc.perform(get("/trace/heats/" + made.heatA() + "/recall.xlsx").with(user(admin)))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            String buyerName = trace.lot(admin, made.lotId()).origin().buyerName();
            assertThat(rows.get(1).getCellText(0)).isEqualTo(made.heatNumberA());
            assertThat(rows.get(1).getCellText(9)).isEqualTo(buyerName);
        }
    }

    @Test
    void theLotPageShowsTheHeatsAndTheBuyer() throws Exception {
        String html = mvc.perform(get("/trace/lots/" + made.lotId()).with(user(buyer)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(made.heatNumberA(), made.heatNumberB(), made.contractReference());
    }
}
