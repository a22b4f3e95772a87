package id.sentra.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.demand.CertificateType;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.LineSpecification;
import id.sentra.demand.MonthlyQuantity;
import id.sentra.demand.PriorSource;
import id.sentra.demand.ProductFamily;
import id.sentra.demand.ProductOrigin;
import id.sentra.demand.QualityRequirements;
import id.sentra.demand.QuoteDetails;
import id.sentra.demand.RfqDetails;
import id.sentra.demand.RfqLine;
import id.sentra.demand.Rupiah;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/**
 * A small import-substitution case worked by hand, in 2031 and in ship components (a family the demo never uses):
 * the demo buyer's contract with line 1 imported before (Rp 250.000 a piece) and line 2 from a large domestic
 * industry (Rp 100.000), awarded the real way, and work orders, lots and inspections of two Ceper members written
 * straight into the tables, as production would leave them:
 * <pre>
 *   WO1 member A line 1  40 pcs shipped 2031-02-10            -> 2031-Q1  40 x 250.000 = 10.000.000
 *   WO2 member B line 1  30 pcs shipped 2031-05-03            -> 2031-Q2  30 x 250.000 =  7.500.000
 *   WO3 member B line 1  50 pcs in production: lot 20 pcs made 2031-05-20, accepted -> 2031-Q2 20 x 250.000 = 5.000.000
 *                                              lot 10 pcs made 2031-06-02, rejected -> not counted
 *   WO4 member A line 2 100 pcs shipped 2031-03-01 (domestic before)                -> not counted
 *   WO5 member A line 1  60 pcs shipped 2030-12-20            -> 2030-Q4  60 x 250.000 = 15.000.000 (outside 2031)
 * </pre>
 * 2031: shipped 70 pcs Rp 17.500.000, made 20 pcs Rp 5.000.000, total Rp 22.500.000; members A and B; one buyer.
 */
public final class SubstitutionFixture {

    static final String REFERENCE = "UJI/SUBSTITUSI/2031";

    public record Made(long contractId, long memberA, long memberB, long cooperativeId, long clusterId) {
    }

    private SubstitutionFixture() {
    }

    public static synchronized Made ensure(ContractRegistry registry, ContractSearch search, Accounts accounts, JdbcClient jdbc) {
        var buyer = accounts.findByUsername("buyer").orElseThrow();
        var operator = accounts.findByUsername("operator").orElseThrow();
        long coop = operator.cooperativeId();
        var members = jdbc.sql("select id from member where cooperative_id = :c and id <> :own and active = true order by id desc limit 2")
                .param("c", coop).param("own", accounts.findByUsername("member").orElseThrow().memberId()).query(Long.class).list();
        long cluster = jdbc.sql("select cluster_id from cooperative where id = :c").param("c", coop).query(Long.class).single();
        var existing = jdbc.sql("select id from contract where reference = :r").param("r", REFERENCE).query(Long.class).optional();
        if (existing.isPresent()) {
            return new Made(existing.get(), members.get(0), members.get(1), coop, cluster);
        }
        long contract = award(registry, search, buyer, operator);
        long plan = insert(jdbc.sql("""
                insert into allocation_plan (contract_id, cooperative_id, fairness_per_kg, status, solve_status, cost_rupiah,
                  cheapest_rupiah, deviation_kg, short_pieces, created_at, created_by, modified_at, modified_by)
                values (:c, :coop, 0, 'PUBLISHED', 'OPTIMAL', 0, 0, 0, 0, current_timestamp, 'test', current_timestamp, 'test')
                """).param("c", contract).param("coop", coop));
        var made = new Made(contract, members.get(0), members.get(1), coop, cluster);
        workOrder(jdbc, plan, made, made.memberA(), 1, 40, "SHIPPED", LocalDate.of(2031, 2, 10));
        workOrder(jdbc, plan, made, made.memberB(), 1, 30, "SHIPPED", LocalDate.of(2031, 5, 3));
        long inProduction = workOrder(jdbc, plan, made, made.memberB(), 1, 50, "IN_PRODUCTION", null);
        lot(jdbc, inProduction, made, made.memberB(), LocalDate.of(2031, 5, 20), 20, "ACCEPT");
        lot(jdbc, inProduction, made, made.memberB(), LocalDate.of(2031, 6, 2), 10, "REJECT");
        workOrder(jdbc, plan, made, made.memberA(), 2, 100, "SHIPPED", LocalDate.of(2031, 3, 1));
        workOrder(jdbc, plan, made, made.memberA(), 1, 60, "SHIPPED", LocalDate.of(2030, 12, 20));
        return made;
    }

    private static long award(ContractRegistry registry, ContractSearch search, SentraUser buyer, SentraUser operator) {
        var schedule = List.of(new MonthlyQuantity(YearMonth.of(2031, 1), 200));
        var rfq = new RfqDetails("Uji substitusi impor", REFERENCE, buyer.buyerId(), operator.cooperativeId(), new BigDecimal("40"),
                new QualityRequirements(null, CertificateType.EN_10204_2_2, false), null, List.of(
                new RfqLine(spec("Baling-baling uji", "UJI-PROP"), null, schedule,
                        ProductOrigin.imported(ProductFamily.SHIP_COMPONENT, "NL")),
                new RfqLine(spec("Bos poros uji", "UJI-BUSH"), null, schedule,
                        ProductOrigin.of(ProductFamily.SHIP_COMPONENT, PriorSource.DOMESTIC_LARGE_INDUSTRY))));
        long id = registry.createRfq(buyer, rfq);
        registry.publish(buyer, id, search.get(buyer, id).version());
        registry.quote(operator, id, search.get(buyer, id).version(),
                new QuoteDetails(List.of(Rupiah.of(250_000), Rupiah.of(100_000)), 30, 200, null));
        registry.award(buyer, id, search.get(buyer, id).version(), 1);
        return id;
    }

    /** Runs an insert and answers the generated id, on PostgreSQL and H2 alike. */
    private static long insert(JdbcClient.StatementSpec statement) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        statement.update(keys, "id");
        return java.util.Objects.requireNonNull(keys.getKey()).longValue();
    }

    private static LineSpecification spec(String name, String part) {
        return new LineSpecification(name, part, "DWG-" + part, "A", "CuAl10Fe", MaterialFamily.BRASS_BRONZE,
                Set.of(Process.SAND_CASTING), new BigDecimal("12.5"));
    }

    private static long workOrder(JdbcClient jdbc, long plan, Made made, long member, int line, int pieces, String status,
                                  @Nullable LocalDate shippedOn) {
        var period = shippedOn == null ? LocalDate.of(2031, 5, 1) : shippedOn.withDayOfMonth(1);
        return insert(jdbc.sql("""
                insert into work_order (plan_id, contract_id, cooperative_id, member_id, line_no, part_name, material,
                  grams_per_piece, period, pieces, unit_price, status, shipped_on, created_at, created_by, modified_at, modified_by)
                values (:plan, :c, :coop, :m, :line, 'uji', 'BRASS_BRONZE', 12500, :period, :pieces, 180000, :status, :shipped,
                  current_timestamp, 'test', current_timestamp, 'test')""")
                .param("plan", plan).param("c", made.contractId()).param("coop", made.cooperativeId()).param("m", member)
                .param("line", line).param("period", period).param("pieces", pieces).param("status", status)
                .param("shipped", shippedOn, java.sql.Types.DATE));
    }

    private static void lot(JdbcClient jdbc, long workOrder, Made made, long member, LocalDate madeOn, int pieces, String standing) {
        long lot = insert(jdbc.sql("""
                insert into lot (work_order_id, cooperative_id, member_id, made_on, quantity_made, created_at, created_by,
                  modified_at, modified_by)
                values (:w, :coop, :m, :on, :pieces, current_timestamp, 'test', current_timestamp, 'test')""")
                .param("w", workOrder).param("coop", made.cooperativeId()).param("m", member).param("on", madeOn)
                .param("pieces", pieces));
        jdbc.sql("""
                insert into lot_inspection (lot_id, work_order_id, cooperative_id, member_id, spec_revision, inspected_on, inspector,
                  severity, sampling_plan, sample_size, acceptance, rejection, defectives, decided, standing, created_at, created_by,
                  modified_at, modified_by)
                values (:lot, :w, :coop, :m, 'uji', :on, 'test', 'NORMAL', 'uji', 5, 0, 1, :defectives, :standing, :standing,
                  current_timestamp, 'test', current_timestamp, 'test')""")
                .param("lot", lot).param("w", workOrder).param("coop", made.cooperativeId()).param("m", member).param("on", madeOn)
                .param("defectives", "REJECT".equals(standing) ? 2 : 0).param("standing", standing).update();
    }
}
