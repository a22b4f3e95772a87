package id.sentra.quality.production;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.audit.AuditTrail;
import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.HeatRecord;

/**
 * Writes new heats in a handful of statements, however many: the heats in one multi-row insert, all their
 * readings in another, all charge lines in a third and the audit rows in a fourth (issue 6 §3: heat submission
 * at 1,000 per second). The repository's save took seventeen statements per heat with the audit diff and read-back.
 */
@Component
class HeatWriter {

    private static final String HEAT_COLUMNS = "(cooperative_id, member_id, furnace, melted_on, heat_number, grade_code, "
            + "tensile_mpa, hardness_hb, specimen, version, created_at, created_by, modified_at, modified_by)";
    private static final int MEMBERS_KEPT = 100_000;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    /** A member's cooperative never changes once registered (Member has no move), so it is kept without expiry. */
    private final Map<Long, Long> cooperatives = new ConcurrentHashMap<>();

    HeatWriter(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member's cooperative; an unknown member is not found. */
    long cooperativeOf(long memberId) {
        var known = cooperatives.get(memberId);
        if (known != null) {
            return known;
        }
        var found = jdbc.queryForList("select cooperative_id from member where id = ?", Long.class, memberId);
        if (found.isEmpty()) {
            throw new RecordNotFoundException("member", memberId);
        }
        if (cooperatives.size() >= MEMBERS_KEPT) {
            cooperatives.clear();
        }
        cooperatives.put(memberId, found.getFirst());
        return found.getFirst();
    }

    /** Inserts heats that passed every rule, in the caller's transaction, and answers them as stored (version 1). */
    List<HeatRecord> insert(List<Heat> heats) {
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String actor = CurrentUser.actorName();
        var ids = insertHeats(heats, now, actor);
        for (int i = 0; i < heats.size(); i++) {
            heats.get(i).recorded(ids.get(i), now.toInstant(), actor);
        }
        insertReadings(heats);
        insertCharges(heats);
        audit.recordCreated(heats, now.toInstant());
        return heats.stream().map(Heat::toRecord).toList();
    }

    private List<Long> insertHeats(List<Heat> heats, OffsetDateTime now, String actor) {
        String sql = "insert into heat " + HEAT_COLUMNS + " values "
                + String.join(", ", Collections.nCopies(heats.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"));
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id", "heat_number"});
            int p = 1;
            for (var heat : heats) {
                statement.setLong(p++, heat.cooperativeId());
                statement.setLong(p++, heat.memberId());
                statement.setString(p++, heat.furnace());
                statement.setObject(p++, heat.meltedOn());
                statement.setString(p++, heat.heatNumber());
                statement.setString(p++, heat.gradeCode());
                setInteger(statement, p++, heat.tensileMpa());
                setInteger(statement, p++, heat.hardnessHb());
                statement.setString(p++, heat.specimen() == null ? null : heat.specimen().name());
                statement.setObject(p++, now);
                statement.setString(p++, actor);
                statement.setObject(p++, now);
                statement.setString(p++, actor);
            }
            return statement;
        }, keys);
        // Matched by heat number (unique per member), so the order in which the database returns keys does not matter.
        var byNumber = new java.util.HashMap<String, Long>();
        keys.getKeyList().forEach(row -> byNumber.put(String.valueOf(value(row, "heat_number")),
                ((Number) value(row, "id")).longValue()));
        return heats.stream().map(h -> Objects.requireNonNull(byNumber.get(h.heatNumber()), h.heatNumber())).toList();
    }

    private void insertReadings(List<Heat> heats) {
        var rows = new ArrayList<Object[]>();
        heats.forEach(heat -> heat.readings().forEach((element, percent) ->
                rows.add(new Object[] {heat.getId(), element.name(), percent})));
        insertRows("insert into heat_reading (heat_id, element, mass_percent) values ", "(?, ?, ?)", rows);
    }

    private void insertCharges(List<Heat> heats) {
        var rows = new ArrayList<Object[]>();
        for (var heat : heats) {
            List<ChargeLine> charges = heat.charges();
            for (int key = 0; key < charges.size(); key++) {
                var line = charges.get(key);
                rows.add(new Object[] {heat.getId(), key, line.material().name(), line.weightKg(), line.origin().name(),
                        text(line.supplier()), text(line.purchaseReference())});
            }
        }
        insertRows("insert into heat_charge (heat_id, heat_key, material, weight_kg, origin, supplier, purchase_reference) values ",
                "(?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void insertRows(String insert, String row, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var args = rows.stream().flatMap(java.util.Arrays::stream).toArray();
        jdbc.update(insert + String.join(", ", Collections.nCopies(rows.size(), row)), args);
    }

    /** Typed, so that a null needs no round trip to ask the database for the column's type. */
    private static SqlParameterValue text(@org.jspecify.annotations.Nullable String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static void setInteger(PreparedStatement statement, int index, @org.jspecify.annotations.Nullable Integer value)
            throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** Generated-key maps are keyed by the column name as the driver spells it (PostgreSQL lower, H2 upper case). */
    private static Object value(Map<String, Object> row, String column) {
        var found = row.get(column);
        return found != null ? found : Objects.requireNonNull(row.get(column.toUpperCase(java.util.Locale.ROOT)), column);
    }
}
