package id.sentra.quality.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.sentra.quality.ChargeLine;
import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;

/**
 * The trace read side in plain SQL: a trace crosses lots, heats, work orders, contracts and buyers, and a
 * recall must answer in milliseconds, so it joins the tables directly over their keys and indexes
 * (lot_heat by heat and by lot, certificate by lot) instead of loading each aggregate. Read only.
 */
@Repository
class TraceQueries {

    /** Everything a lot line needs, from lot to buyer, and its certificate if one was issued. */
    private static final String ORIGIN = """
            select l.id as lot_id, l.made_on, l.quantity_made, l.cooperative_id, l.member_id,
                   w.id as work_order_id, w.period, w.part_name, w.status, m.legal_name,
                   c.id as contract_id, c.reference, c.title, b.id as buyer_id, b.name as buyer_name,
                   cert.number as certificate_number
            from lot l
            join work_order w on w.id = l.work_order_id
            join member m on m.id = l.member_id
            join contract c on c.id = w.contract_id
            join buyer b on b.id = c.buyer_id
            left join certificate cert on cert.lot_id = l.id
            """;

    private static final String HEATS = """
            select h.id, h.cooperative_id, h.member_id, m.legal_name, h.heat_number, h.melted_on, h.furnace,
                   h.grade_code, hc.material, hc.weight_kg, hc.origin, hc.supplier, hc.purchase_reference
            from heat h
            join member m on m.id = h.member_id
            left join heat_charge hc on hc.heat_id = h.id
            """;

    /**
     * A heat's recall in one statement: the heat with its charge lines (part 0), then every lot poured from it (part 1),
     * each row filling the columns of its part only. One round trip and one statement instead of two.
     */
    private static final String RECALL = """
            select 0 as part, h.id, h.cooperative_id, h.member_id, m.legal_name, h.heat_number, h.melted_on, h.furnace,
                   h.grade_code, hc.heat_key, hc.material, hc.weight_kg, hc.origin, hc.supplier, hc.purchase_reference,
                   null::bigint as lot_id, null::date as made_on, null::integer as quantity_made, null::bigint as work_order_id,
                   null::date as period, null::varchar as part_name, null::varchar as status, null::bigint as contract_id,
                   null::varchar as reference, null::varchar as title, null::bigint as buyer_id, null::varchar as buyer_name,
                   null::varchar as certificate_number
            from heat h
            join member m on m.id = h.member_id
            left join heat_charge hc on hc.heat_id = h.id
            where h.id = :heat
            union all
            select 1, null, l.cooperative_id, l.member_id, m.legal_name, null, null, null,
                   null, null, null, null, null, null, null,
                   l.id, l.made_on, l.quantity_made, w.id, w.period, w.part_name, w.status, c.id,
                   c.reference, c.title, b.id, b.name,
                   cert.number
            from lot_heat lh
            join lot l on l.id = lh.lot_id
            join work_order w on w.id = l.work_order_id
            join member m on m.id = l.member_id
            join contract c on c.id = w.contract_id
            join buyer b on b.id = c.buyer_id
            left join certificate cert on cert.lot_id = l.id
            where lh.heat_id = :heat
            order by part, heat_key, made_on, lot_id""";

    private final JdbcClient jdbc;

    TraceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RecallLine> lot(long lotId) {
        return jdbc.sql(ORIGIN + " where l.id = :lot").param("lot", lotId).query(TraceQueries::line).optional();
    }

    Optional<Long> lotOfCertificate(String number) {
        return jdbc.sql("select lot_id from certificate where number = :number").param("number", number)
                .query(Long.class).optional();
    }

    List<TracedHeat> heatsOfLot(long lotId) {
        return heats(HEATS + " join lot_heat lh on lh.heat_id = h.id where lh.lot_id = :id"
                + " order by h.melted_on, h.id, hc.heat_key", lotId);
    }

    /** The heat and every lot poured from it, oldest first; none when there is no such heat. */
    Optional<HeatRecall> recall(long heatId) {
        var rows = new RecallRows();
        jdbc.sql(RECALL).param("heat", heatId).query(rows);
        return rows.recall();
    }

    private List<TracedHeat> heats(String sql, long id) {
        var rows = new LinkedHashMap<Long, HeatRows>();
        jdbc.sql(sql).param("id", id).query((ResultSet rs) -> {
            var heat = rows.computeIfAbsent(rs.getLong("id"), key -> HeatRows.of(rs));
            if (rs.getString("material") != null) {
                heat.charges().add(charge(rs));
            }
        });
        return rows.values().stream().map(HeatRows::toHeat).toList();
    }

    private static ChargeLine charge(ResultSet rs) throws SQLException {
        return new ChargeLine(ChargeMaterial.valueOf(rs.getString("material")), rs.getBigDecimal("weight_kg"),
                ChargeOrigin.valueOf(rs.getString("origin")), rs.getString("supplier"), rs.getString("purchase_reference"));
    }

    private static RecallLine line(ResultSet rs, int rowNum) throws SQLException {
        var origin = new Origin(rs.getLong("work_order_id"), rs.getObject("period", LocalDate.class), rs.getString("part_name"),
                rs.getString("status"), rs.getLong("cooperative_id"), rs.getLong("member_id"), rs.getString("legal_name"),
                rs.getLong("contract_id"), rs.getString("reference"), rs.getString("title"), rs.getLong("buyer_id"),
                rs.getString("buyer_name"));
        return new RecallLine(rs.getLong("lot_id"), rs.getObject("made_on", LocalDate.class), rs.getInt("quantity_made"),
                origin, rs.getString("certificate_number"));
    }

    /** The rows of {@link #RECALL}: the heat's (part 0) collect its charge lines, each lot's (part 1) is a line. */
    private static final class RecallRows implements RowCallbackHandler {

        private @Nullable HeatRows heat;
        private final List<RecallLine> lines = new ArrayList<>();

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (rs.getInt("part") == 1) {
                lines.add(line(rs, lines.size()));
                return;
            }
            if (heat == null) {
                heat = HeatRows.of(rs);
            }
            if (rs.getString("material") != null) {
                heat.charges().add(charge(rs));
            }
        }

        Optional<HeatRecall> recall() {
            return heat == null ? Optional.empty() : Optional.of(new HeatRecall(heat.toHeat(), lines));
        }
    }

    /** A heat's columns while its charge lines are still being collected from the joined rows. */
    private record HeatRows(long id, long cooperativeId, long memberId, String memberName, String heatNumber,
                            LocalDate meltedOn, String furnace, String gradeCode, List<ChargeLine> charges) {

        static HeatRows of(ResultSet rs) {
            try {
                return new HeatRows(rs.getLong("id"), rs.getLong("cooperative_id"), rs.getLong("member_id"),
                        rs.getString("legal_name"), rs.getString("heat_number"), rs.getObject("melted_on", LocalDate.class),
                        rs.getString("furnace"), rs.getString("grade_code"), new ArrayList<>());
            } catch (SQLException e) {
                throw new IllegalStateException("Reading heat " + e.getMessage(), e);
            }
        }

        TracedHeat toHeat() {
            return new TracedHeat(id, cooperativeId, memberId, memberName, heatNumber, meltedOn, furnace, gradeCode, charges);
        }
    }
}
