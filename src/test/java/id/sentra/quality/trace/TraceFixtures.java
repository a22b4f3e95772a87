package id.sentra.quality.trace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.allocation.WorkOrderProgress;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.Element;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.HeatDraft;
import id.sentra.quality.production.LotBook;
import id.sentra.quality.production.LotDraft;
import id.sentra.registry.MaterialFamily;

/**
 * A lot made from two fresh heats for one of a buyer's work orders, recorded as the platform would for a member:
 * what trace and certificate tests start from. Each call takes a released work order of its own.
 */
public final class TraceFixtures {

    /** What was made: the lot, its heats, and the work order's member, contract and buyer. */
    public record MadeLot(long lotId, long workOrderId, long memberId, long heatA, long heatB, String heatNumberA,
                          String heatNumberB, String contractReference, int pieces) {
    }

    private final HeatBook heats;
    private final LotBook lots;
    private final WorkOrderProgress workOrders;
    private final JdbcClient jdbc;

    public TraceFixtures(HeatBook heats, LotBook lots, WorkOrderProgress workOrders, JdbcClient jdbc) {
        this.heats = heats;
        this.lots = lots;
        this.workOrders = workOrders;
        this.jdbc = jdbc;
    }

    /** The demo KAI metallic brake-block contract, whose work orders many members share. */
    public static final String BRAKE_BLOCKS = "KAI/PGD/BR-M/2026-07";

    /** A lot of a released work order of the contract, made by a member other than {@code avoidMember}. */
    public MadeLot lotFor(SentraUser admin, String contractReference, long avoidMember, String tag) {
        long orderId = jdbc.sql("""
                select max(w.id) from work_order w join contract c on c.id = w.contract_id
                where c.reference = :reference and w.member_id <> :avoid and w.status = 'RELEASED'""")
                .param("reference", contractReference).param("avoid", avoidMember).query(Long.class).single();
        return lot(admin, orderId, tag);
    }

    /** A lot of one of the member's released work orders, whichever contract it serves. */
    public MadeLot lotOfMember(SentraUser admin, long memberId, String tag) {
        long orderId = jdbc.sql("select min(id) from work_order where member_id = :m and status = 'RELEASED'")
                .param("m", memberId).query(Long.class).single();
        return lot(admin, orderId, tag);
    }

    private MadeLot lot(SentraUser admin, long orderId, String tag) {
        var order = workOrders.get(admin, orderId);
        workOrders.startProduction(admin, orderId, order.version());
        String grade = order.material() == MaterialFamily.DUCTILE_IRON ? "FCD450-10" : "FC250";
        String numberA = tag + "-A";
        String numberB = tag + "-B";
        long heatA = heats.record(admin, order.memberId(), heat(numberA, grade, "3.41"));
        long heatB = heats.record(admin, order.memberId(), heat(numberB, grade, "3.37"));
        int pieces = Math.min(order.pieces(), 120);
        long lot = lots.add(admin, orderId, new LotDraft(LocalDate.of(2027, 3, 2), pieces, List.of(heatA, heatB), Map.of()));
        String reference = jdbc.sql("select reference from contract where id = :c").param("c", order.contractId())
                .query(String.class).single();
        return new MadeLot(lot, orderId, order.memberId(), heatA, heatB, numberA, numberB, reference, pieces);
    }

    private static HeatDraft heat(String number, String grade, String carbon) {
        return new HeatDraft("Kupola 1", LocalDate.of(2027, 3, 1), number, grade,
                Map.of(Element.C, new BigDecimal(carbon), Element.SI, new BigDecimal("2.05"), Element.MN, new BigDecimal("0.62"),
                        Element.P, new BigDecimal("0.30"), Element.S, new BigDecimal("0.06")),
                262, 205, SpecimenKind.SEPARATELY_CAST,
                List.of(new ChargeLine(ChargeMaterial.CAST_IRON_SCRAP, new BigDecimal("400"), ChargeOrigin.DOMESTIC, "UD Besi Klaten", null),
                        new ChargeLine(ChargeMaterial.FERRO_SILICON, new BigDecimal("12.5"), ChargeOrigin.IMPORTED, null, "PO-77")));
    }
}
