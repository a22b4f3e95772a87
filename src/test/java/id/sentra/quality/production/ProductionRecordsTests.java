package id.sentra.quality.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.Element;
import id.sentra.quality.ProductionRecords;
import id.sentra.registry.MaterialFamily;

/** Heats and lots on the real database: who sees which heat, and a work order's lots within its pieces. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionRecordsTests {

    @Autowired HeatBook heats;
    @Autowired LotBook lots;
    @Autowired ProductionRecords records;
    @Autowired WorkOrderProgress workOrders;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private SentraUser member;
    private SentraUser admin;
    private long neighbour;
    private long neighboursHeat;

    @BeforeAll
    void aHeatOfAnotherMemberOfTheSameCooperative() {
        member = accounts.findByUsername("member").orElseThrow();
        admin = accounts.findByUsername("admin").orElseThrow();
        neighbour = jdbc.sql("select min(id) from member where cooperative_id = :c and id <> :m")
                .param("c", accounts.findByUsername("operator").orElseThrow().cooperativeId()).param("m", member.memberId())
                .query(Long.class).single();
        neighboursHeat = heats.record(admin, neighbour, heat("NB-1", "FC250"));
    }

    private static HeatDraft heat(String number, String grade) {
        return new HeatDraft("Kupola 1", LocalDate.of(2027, 2, 3), number, grade,
                Map.of(Element.C, new BigDecimal("3.40"), Element.SI, new BigDecimal("2.10")), null, null, null,
                List.of(new ChargeLine(ChargeMaterial.CAST_IRON_SCRAP, new BigDecimal("400"), ChargeOrigin.DOMESTIC, null, null)));
    }

    @Test
    void aMemberCannotReadAnotherMembersHeat() {
        assertThatThrownBy(() -> heats.get(member, neighboursHeat)).isInstanceOf(AccessDeniedException.class);
        assertThat(heats.list(member)).extracting(h -> h.memberId()).containsOnly(member.memberId());
    }

    @Test
    void theApiRefusesAMemberAnotherMembersHeat() throws Exception {
        String token = tokens.issue(member.accountId(), "scoping").token();
        mvc.perform(get("/api/v1/heats/" + neighboursHeat).header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
    }

    @Test
    void theOperatorReadsItsCooperativeMembersHeats() {
        var operator = accounts.findByUsername("operator").orElseThrow();
        assertThat(heats.get(operator, neighboursHeat).heatNumber()).isEqualTo("NB-1");
    }

    @Test
    void theOtherCooperativesOperatorDoesNotSeeThem() {
        var tegal = accounts.findByUsername("operator.tegal").orElseThrow();
        assertThatThrownBy(() -> heats.get(tegal, neighboursHeat)).isInstanceOf(AccessDeniedException.class);
        assertThat(heats.list(tegal)).extracting(h -> h.id()).doesNotContain(neighboursHeat);
    }

    @Test
    void aMemberCannotUseOneHeatNumberTwice() {
        heats.record(member, null, heat("DUP-1", "FC250"));
        assertThatThrownBy(() -> heats.record(member, null, heat("DUP-1", "FC200")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey()).containsExactly("heat.number.taken"));
    }

    @Test
    void lotsOfAWorkOrderStayWithinItsPiecesAndAreFoundFromTheirHeat() {
        long orderId = jdbc.sql("select min(id) from work_order where member_id = :m and status = 'RELEASED'")
                .param("m", member.memberId()).query(Long.class).single();
        var order = workOrders.get(member, orderId);
        workOrders.startProduction(member, orderId, order.version());
        String grade = order.material() == MaterialFamily.DUCTILE_IRON ? "FCD450-10" : "FC250";
        long heat = heats.record(member, null, heat("LOT-1", grade));
        var draft = new LotDraft(LocalDate.of(2027, 2, 4), order.pieces(), List.of(heat), Map.of());
        long lot = lots.add(member, orderId, draft);

        var oneMore = new LotDraft(LocalDate.of(2027, 2, 5), 1, List.of(heat), Map.of());
        assertThatThrownBy(() -> lots.add(member, orderId, oneMore)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactly("lot.quantity.exceeds"));
        assertThat(records.lotsOfWorkOrder(member, orderId)).extracting(l -> l.id()).containsExactly(lot);
        assertThat(records.lotsOfHeat(member, heat)).extracting(l -> l.quantityMade()).containsExactly(order.pieces());
    }

    @Test
    void aLotRefusesAnotherMembersHeat() {
        long orderId = jdbc.sql("select max(id) from work_order where member_id = :m and status = 'RELEASED'")
                .param("m", member.memberId()).query(Long.class).single();
        workOrders.startProduction(member, orderId, workOrders.get(member, orderId).version());
        var draft = new LotDraft(LocalDate.of(2027, 2, 4), 1, List.of(neighboursHeat), Map.of());
        assertThatThrownBy(() -> lots.add(member, orderId, draft)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactly("lot.heat.notOwn"));
    }

    @Test
    void aLotNeedsTheWorkOrderInProduction() {
        long orderId = jdbc.sql("select min(id) from work_order where member_id <> :m and status = 'RELEASED'")
                .param("m", member.memberId()).query(Long.class).single();
        var draft = new LotDraft(LocalDate.of(2027, 2, 4), 1, List.of(neighboursHeat), Map.of());
        assertThatThrownBy(() -> lots.add(admin, orderId, draft)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactly("lot.workOrder.notInProduction"));
    }

    @Test
    void theOperatorMayNotStartAMembersWorkOrder() {
        var operator = accounts.findByUsername("operator").orElseThrow();
        long orderId = jdbc.sql("select min(id) from work_order where member_id = :m").param("m", member.memberId())
                .query(Long.class).single();
        assertThatThrownBy(() -> workOrders.startProduction(operator, orderId, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
