package id.sentra.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sentra.quality.DefectCode;
import id.sentra.registry.MaterialFamily;

/**
 * A year of production for the members that hold work orders: heats with chemistry, mechanical
 * results and charge, and for every work order of a past month its lots, scrap and shipment. Loaded
 * in batches straight into the production tables, as a bulk loader does: thousands of rows through
 * the record-by-record services would take minutes.
 */
@Component
class DemoQuality {

    /** The grade each demo part is poured in, as its product specification names it. */
    private static final Map<String, String> GRADE_BY_PART = Map.of(
            "Cylinder sleeve", "FC250", "Blok rem", "RDSO-MTD-101-94", "Rumah pompa", "FC200", "Tutup pompa", "FC200",
            "Tutup manhole", "FC250", "Tee flens", "FCD450-10", "Dudukan blok rem", "FCD450-10");
    private static final int MONTHS = 12;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoQuality.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    DemoQuality(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    void produce(DemoInspections inspections) {
        long started = System.nanoTime();
        var current = YearMonth.now(clock);
        var producers = producers();
        var heats = new HeatRows(nextId("heat"));
        var heatsByMemberMonth = new HashMap<String, List<long[]>>();
        for (var producer : producers) {
            var foundry = DemoMelts.Foundry.of(producer.memberId(), producer.furnace(), producer.kgPerHeat());
            for (int back = MONTHS; back >= 1; back--) {
                var month = current.minusMonths(back);
                int number = 1;
                for (var grade : producer.grades().entrySet()) {
                    int count = 3 + new Random(producer.memberId() * 13 + back + grade.getKey().hashCode()).nextInt(4);
                    for (var melt : DemoMelts.month(foundry, month, grade.getValue(), grade.getKey(), count, number)) {
                        long id = heats.add(producer, melt, Timestamp.from(clock.instant()));
                        heatsByMemberMonth.computeIfAbsent(key(producer.memberId(), month, grade.getKey()), k -> new ArrayList<>())
                                .add(new long[] {id, melt.meltedOn().toEpochDay()});
                    }
                    number += count;
                }
            }
        }
        heats.insert(batch);
        restartIdentity("heat", heats.nextId);
        lots(current, heatsByMemberMonth, inspections);
        log.info("Demo production: {} heats for {} members in {} ms", heats.heats.size(), producers.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void lots(YearMonth current, Map<String, List<long[]>> heatsByMemberMonth, DemoInspections inspections) {
        var lots = new LotRows(nextId("lot"));
        var shipped = new ArrayList<Object[]>();
        jdbc.sql("select id, member_id, cooperative_id, period, pieces, part_name from work_order where period < :current order by id")
                .param("current", current.atDay(1))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDate(4).toLocalDate(), rs.getInt(5),
                        grade(rs.getString(6))})
                .list()
                .forEach(order -> {
                    long orderId = (Long) order[0];
                    long memberId = (Long) order[1];
                    LocalDate period = (LocalDate) order[3];
                    var monthHeats = order[5] == null ? List.<long[]>of()
                            : heatsByMemberMonth.getOrDefault(key(memberId, YearMonth.from(period), (String) order[5]), List.of());
                    if (monthHeats.isEmpty()) {
                        return;
                    }
                    var random = new Random(orderId);
                    lots.split(orderId, memberId, (Long) order[2], (Integer) order[4], monthHeats, random);
                    // Most months ship by the month's end; a late month ships in the first week of the next.
                    LocalDate shippedOn = random.nextDouble() < lateShare(memberId)
                            ? period.plusMonths(1).plusDays(random.nextInt(7)) : period.plusMonths(1).minusDays(1 + random.nextInt(3));
                    shipped.add(new Object[] {Timestamp.valueOf(shippedOn.atTime(15, 0)), Date.valueOf(shippedOn), orderId});
                });
        lots.insert(batch);
        restartIdentity("lot", lots.nextId);
        // Inspection marks a work order inspected once all its lots are decided, which only an order in production may become.
        batch.batchUpdate("update work_order set status = 'IN_PRODUCTION' where id = ?",
                shipped.stream().map(row -> new Object[] {row[2]}).toList());
        int inspected = inspections.inspectAll();
        log.info("Demo production: {} lots inspected", inspected);
        // Only an order whose every lot was accepted ships; a held or rejected lot keeps it at the foundry.
        batch.batchUpdate("""
                update work_order set status = 'SHIPPED', modified_at = ?, shipped_on = ?, modified_by = 'system' where id = ?
                and not exists (select 1 from lot_inspection i where i.work_order_id = work_order.id
                                and i.superseded = false and i.standing <> 'ACCEPT')""", shipped);
    }

    /** Each member's share of late months, seeded by its id: from always on time to one month in four late. */
    private static double lateShare(long memberId) {
        return new Random(memberId * 104_729L).nextDouble() * 0.25;
    }

    private static String key(long memberId, YearMonth month, String grade) {
        return memberId + "/" + month + "/" + grade;
    }

    /** Members with work orders and the grades their parts are poured in. */
    private List<Producer> producers() {
        var producers = new LinkedHashMap<Long, Producer>();
        jdbc.sql("""
                select w.member_id, w.cooperative_id, w.part_name, w.material,
                       (select min(e.furnace_type) from member_equipment e where e.member_id = w.member_id and e.kind = 'FURNACE') furnace,
                       (select max(e.kg_per_heat) from member_equipment e where e.member_id = w.member_id and e.kind = 'FURNACE') kg
                from work_order w order by w.member_id, w.id""")
                .query(rs -> {
                    String grade = grade(rs.getString("part_name"));
                    if (grade != null) {
                        int kg = rs.getInt("kg");
                        long member = rs.getLong("member_id");
                        if (!producers.containsKey(member)) {
                            producers.put(member, new Producer(member, rs.getLong("cooperative_id"), furnaceName(rs.getString("furnace")),
                                    kg > 0 ? kg : 500, new TreeMap<>()));
                        }
                        producers.get(member).grades().put(grade, MaterialFamily.valueOf(rs.getString("material")));
                    }
                });
        return List.copyOf(producers.values());
    }

    private static @Nullable String grade(String partName) {
        return GRADE_BY_PART.entrySet().stream().filter(e -> partName.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String furnaceName(String type) {
        return switch (type == null ? "" : type) {
            case "CUPOLA" -> "Kupola 1";
            case "INDUCTION" -> "Induksi 1";
            case "CRUCIBLE" -> "Krusibel 1";
            default -> "Tungku 1";
        };
    }

    private long nextId(String table) {
        return jdbc.sql("select coalesce(max(id), 0) + 1 from " + table).query(Long.class).single();
    }

    /** Rows were given their ids here, so the table's own counter moves past them. */
    private void restartIdentity(String table, long next) {
        jdbc.sql("alter table " + table + " alter column id restart with " + next).update();
    }

    record Producer(long memberId, long cooperativeId, String furnace, int kgPerHeat, Map<String, MaterialFamily> grades) {
    }

    /** Heat rows with their readings and charge, ready for batch insertion. */
    private static final class HeatRows {
        private long nextId;
        private final List<Object[]> heats = new ArrayList<>();
        private final List<Object[]> readings = new ArrayList<>();
        private final List<Object[]> charges = new ArrayList<>();

        HeatRows(long firstId) {
            this.nextId = firstId;
        }

        long add(Producer producer, DemoMelts.Melt melt, Timestamp now) {
            long id = nextId++;
            heats.add(new Object[] {id, producer.cooperativeId(), producer.memberId(), producer.furnace(), Date.valueOf(melt.meltedOn()),
                    melt.heatNumber(), melt.grade(), Date.valueOf(melt.analysedOn()), melt.tensileMpa(), melt.hardnessHb(),
                    melt.tensileMpa() == null ? null : "SEPARATELY_CAST", now, now});
            melt.readings().forEach((element, value) -> readings.add(new Object[] {id, element.name(), value}));
            int key = 0;
            for (var charge : melt.charges()) {
                charges.add(new Object[] {id, key++, charge.material().name(), charge.kg(), charge.origin().name()});
            }
            return id;
        }

        void insert(JdbcTemplate batch) {
            batch.batchUpdate("""
                    insert into heat (id, cooperative_id, member_id, furnace, melted_on, heat_number, grade_code, analysed_on,
                                      tensile_mpa, hardness_hb, specimen, version, created_at, created_by, modified_at, modified_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'system', ?, 'system')""", heats);
            batch.batchUpdate("insert into heat_reading (heat_id, element, mass_percent) values (?, ?, ?)", readings);
            batch.batchUpdate("insert into heat_charge (heat_id, heat_key, material, weight_kg, origin) values (?, ?, ?, ?, ?)", charges);
        }
    }

    /** Lots of past work orders: each order in one or two lots, each from one or two of the month's heats, with its scrap. */
    private static final class LotRows {
        private long nextId;
        private final List<Object[]> lots = new ArrayList<>();
        private final List<Object[]> heats = new ArrayList<>();
        private final List<Object[]> defects = new ArrayList<>();

        LotRows(long firstId) {
            this.nextId = firstId;
        }

        void split(long orderId, long memberId, long cooperativeId, int pieces, List<long[]> monthHeats, Random random) {
            int parts = 1 + random.nextInt(2);
            double scrapRate = 0.01 + new Random(memberId * 17).nextDouble() * 0.07;
            int left = pieces;
            for (int p = 0; p < parts && left > 0; p++) {
                int made = p == parts - 1 ? left : Math.max(1, pieces / parts);
                left -= made;
                long id = nextId++;
                var first = monthHeats.get(random.nextInt(monthHeats.size()));
                var madeOn = LocalDate.ofEpochDay(first[1]).plusDays(1);
                var now = Timestamp.valueOf(madeOn.atTime(16, 0));
                lots.add(new Object[] {id, orderId, cooperativeId, memberId, Date.valueOf(madeOn), made, now, now});
                heats.add(new Object[] {id, first[0]});
                var second = monthHeats.get(random.nextInt(monthHeats.size()));
                if (second[0] != first[0] && random.nextBoolean()) {
                    heats.add(new Object[] {id, second[0]});
                }
                scrap(id, made, scrapRate, random);
            }
        }

        private void scrap(long lotId, int made, double scrapRate, Random random) {
            int scrapped = (int) Math.round(made * scrapRate * (0.5 + random.nextDouble()));
            var codes = DefectCode.values();
            var byCode = new int[codes.length];
            for (int i = 0; i < scrapped; i++) {
                // Sand and gas defects dominate in green-sand foundries; cracks and hardness misses are rare.
                byCode[Math.min(codes.length - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 2.5))]++;
            }
            for (int i = 0; i < codes.length; i++) {
                if (byCode[i] > 0) {
                    defects.add(new Object[] {lotId, codes[i].name(), byCode[i]});
                }
            }
        }

        void insert(JdbcTemplate batch) {
            batch.batchUpdate("""
                    insert into lot (id, work_order_id, cooperative_id, member_id, made_on, quantity_made, version,
                                     created_at, created_by, modified_at, modified_by)
                    values (?, ?, ?, ?, ?, ?, 0, ?, 'system', ?, 'system')""", lots);
            batch.batchUpdate("insert into lot_heat (lot_id, heat_id) values (?, ?)", heats);
            batch.batchUpdate("insert into lot_defect (lot_id, defect, pieces) values (?, ?, ?)", defects);
        }
    }
}
