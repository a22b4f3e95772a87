package id.sentra.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cost structure for every member's product that has work orders, per kilogram of casting as a Ceper foundry
 * would put it (Central Java prices of 2025, each member's prices a little apart): pig iron, scrap and alloys
 * following the heats of the last three months, so the members melting imported pig iron show a lower TKDN; green
 * sand and bentonite, or furan resin and zircon coating for ductile parts (imported); WNI labour, energy and
 * depreciation in the member's own factory. Inserted in batches, as the production demo data is, at version 1 (what
 * Spring Data JDBC gives a first save; version 0 would read as a record never saved).
 */
@Component
class DemoTkdn {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoTkdn.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    DemoTkdn(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    void costStructures() {
        long started = System.nanoTime();
        var current = YearMonth.now(clock);
        var from = Date.valueOf(current.minusMonths(3).atDay(1));
        var to = Date.valueOf(current.minusMonths(1).atEndOfMonth());
        var now = Timestamp.from(clock.instant());
        long nextId = jdbc.sql("select coalesce(max(id), 0) + 1 from tkdn_product").query(Long.class).single();
        var products = new ArrayList<Object[]>();
        var lines = new ArrayList<Object[]>();
        var rows = jdbc.sql("""
                select member_id, cooperative_id, contract_id, line_no, min(part_name), min(material), min(grams_per_piece)
                from work_order group by member_id, cooperative_id, contract_id, line_no order by member_id, contract_id, line_no""")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7)})
                .list();
        for (var row : rows) {
            long id = nextId++;
            long member = (Long) row[0];
            products.add(new Object[] {id, row[1], member, row[2], row[3], row[4], from, to, now, now});
            var kg = BigDecimal.valueOf((Integer) row[6]).movePointLeft(3);
            int key = 0;
            for (var line : lines(kg, "DUCTILE_IRON".equals(row[5]), new Random(member * 7_777L + (Integer) row[3]))) {
                lines.add(new Object[] {id, key++, line.item, line.kind, line.quantity, line.price, line.origin, line.fromHeats});
            }
        }
        batch.batchUpdate("""
                insert into tkdn_product (id, cooperative_id, member_id, contract_id, line_no, product, regulation, factory_basis,
                                          bmp_percent, heats_from, heats_to, version, created_at, created_by, modified_at, modified_by)
                values (?, ?, ?, ?, ?, ?, 'PERMENPERIN_35_2025', 'OWN_FACTORY', 0, ?, ?, 1, ?, 'system', ?, 'system')""", products);
        batch.batchUpdate("""
                insert into tkdn_cost_line (tkdn_product_id, line_key, item, kind, quantity, unit_price, origin, from_heats)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", lines);
        jdbc.sql("alter table tkdn_product alter column id restart with " + nextId).update();
        log.info("Demo TKDN: {} cost structures with {} lines in {} ms", products.size(), lines.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private record Line(String item, String kind, BigDecimal quantity, BigDecimal price, String origin, boolean fromHeats) {
    }

    /** Per kilogram of good casting: a charge of 1.5 kg (65–70 % yield), moulding and labour as a Ceper foundry counts them. */
    private static List<Line> lines(BigDecimal kg, boolean ductile, Random random) {
        var lines = new ArrayList<Line>();
        lines.add(line(ductile ? "Besi kasar kemurnian tinggi" : "Besi kasar (pig iron)", "PIG_IRON", kg, ductile ? "0.80" : "0.45",
                ductile ? 12_500 : 9_500, random, "DOMESTIC", true));
        lines.add(line("Skrap baja dan besi cor", "SCRAP", kg, ductile ? "0.65" : "0.95", ductile ? 7_000 : 6_500, random, "DOMESTIC", true));
        lines.add(line(ductile ? "Paduan fero, inokulan, nodulariser" : "Paduan fero dan inokulan", "FERRO_ALLOY", kg,
                ductile ? "0.045" : "0.03", ductile ? 38_000 : 28_000, random, "DOMESTIC", true));
        lines.add(line("Pasir cetak", "SAND", kg, "3", 450, random, "DOMESTIC", false));
        if (ductile) {
            lines.add(line("Resin furan (inti)", "BINDER", kg, "0.15", 32_000, random, "IMPORTED", false));
            lines.add(line("Pelapis zirkon", "COATING", kg, "0.05", 45_000, random, "IMPORTED", false));
        } else {
            lines.add(line("Bentonit", "BINDER", kg, "0.1", 3_500, random, "DOMESTIC", false));
        }
        lines.add(line("Tenaga kerja langsung (cetak, lebur, tuang, finishing)", "DIRECT_LABOUR", kg, "1", 1_800, random, "DOMESTIC", false));
        lines.add(line("Energi (kokas, listrik)", "ENERGY", kg, "1", 2_200, random, "DOMESTIC", false));
        lines.add(line("Penyusutan tungku dan mesin", "MACHINE_DEPRECIATION", kg, "1", 600, random, "DOMESTIC", false));
        lines.add(line("Penyusutan pola dan alat", "TOOL_DEPRECIATION", kg, "1", 300, random, "DOMESTIC", false));
        return lines;
    }

    private static Line line(String item, String kind, BigDecimal kg, String perKg, long rupiah, Random random, String origin,
                             boolean fromHeats) {
        // Each member buys a little dearer or cheaper: ±10 %, to the nearest 50 rupiah.
        long price = Math.round(rupiah * (0.9 + random.nextDouble() * 0.2) / 50) * 50;
        return new Line(item, kind, kg.multiply(new BigDecimal(perKg)).setScale(3, RoundingMode.HALF_UP), BigDecimal.valueOf(price),
                origin, fromHeats);
    }
}
