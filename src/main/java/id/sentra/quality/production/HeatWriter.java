package id.sentra.quality.production;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.audit.AuditTrail;
import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.HeatRecord;

/**
 * Writes new heats in as few statements as the database allows (issue 6 §3: heat submission at 1,000 per second).
 * On PostgreSQL one statement, however many heats: data-modifying CTEs insert the heats, their readings, charge lines
 * and audit rows from arrays, so that a heat sent outside a transaction costs one round trip and no BEGIN or COMMIT, and
 * the statement's text is the same whatever the number of heats (prepared once per connection). Elsewhere (H2) four
 * multi-row inserts in the caller's transaction. The repository's save took seventeen statements per heat.
 */
@Component
class HeatWriter {

    private static final String HEAT_COLUMNS = "(cooperative_id, member_id, furnace, melted_on, heat_number, grade_code, "
            + "tensile_mpa, hardness_hb, specimen, version, created_at, created_by, modified_at, modified_by)";
    private static final int MEMBERS_KEPT = 100_000;

    /**
     * Heat, readings, charge lines and audit rows in one statement, each from arrays that hold one element per heat,
     * reading or line; the rows of a heat find it by its number, unique within the statement (the rules check that).
     * The audit snapshot is the one {@link AuditTrail} writes, sent in two parts around its {@code "id":null} and
     * joined with the key the heat got.
     */
    private static final String ONE_STATEMENT = """
            with h as (
              insert into heat (cooperative_id, member_id, furnace, melted_on, heat_number, grade_code, tensile_mpa,
                                hardness_hb, specimen, version, created_at, created_by, modified_at, modified_by)
              select ?, ?, v.furnace, v.melted_on, v.heat_number, v.grade_code, v.tensile_mpa, v.hardness_hb, v.specimen,
                     1, ?, ?, ?, ?
              from unnest(?::varchar[], ?::date[], ?::varchar[], ?::varchar[], ?::integer[], ?::integer[], ?::varchar[])
                   as v(furnace, melted_on, heat_number, grade_code, tensile_mpa, hardness_hb, specimen)
              returning id, heat_number),
            r as (
              insert into heat_reading (heat_id, element, mass_percent)
              select h.id, v.element, v.mass_percent
              from unnest(?::varchar[], ?::varchar[], ?::numeric[]) as v(heat_number, element, mass_percent)
              join h on h.heat_number = v.heat_number),
            c as (
              insert into heat_charge (heat_id, heat_key, material, weight_kg, origin, supplier, purchase_reference)
              select h.id, v.heat_key, v.material, v.weight_kg, v.origin, v.supplier, v.purchase_reference
              from unnest(?::varchar[], ?::integer[], ?::varchar[], ?::numeric[], ?::varchar[], ?::varchar[], ?::varchar[])
                   as v(heat_number, heat_key, material, weight_kg, origin, supplier, purchase_reference)
              join h on h.heat_number = v.heat_number),
            a as (
              insert into audit_event (occurred_at, actor, entity_type, entity_id, action, changed_fields, snapshot)
              select ?, ?, 'heat', h.id, 'CREATED', '', v.before_id || h.id || v.after_id
              from unnest(?::varchar[], ?::text[], ?::text[]) as v(heat_number, before_id, after_id)
              join h on h.heat_number = v.heat_number)
            select id, heat_number from h""";
    private static final String NO_ID = "\"id\":null";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final boolean oneStatement;
    /** A member's cooperative never changes once registered (Member has no move), so it is kept without expiry. */
    private final Map<Long, Long> cooperatives = new ConcurrentHashMap<>();

    HeatWriter(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.oneStatement = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                connection.getMetaData().getDatabaseProductName()));
    }

    /**
     * Whether {@link #insert} is one statement, atomic by itself: then a caller without a transaction needs none (a
     * transaction would only add the BEGIN and COMMIT round trips).
     */
    boolean atomic() {
        return oneStatement;
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

    /**
     * Inserts heats that passed every rule, in the caller's transaction if there is one, and answers them as stored
     * (version 1). Outside a transaction only when {@link #atomic()}.
     */
    List<HeatRecord> insert(List<Heat> heats) {
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String actor = CurrentUser.actorName();
        if (oneStatement) {
            heats.forEach(heat -> heat.stamped(now.toInstant(), actor));
            var ids = jdbc.query(connection -> oneStatement(connection, heats, now, actor), keysByNumber());
            heats.forEach(heat -> heat.numbered(Objects.requireNonNull(ids.get(heat.heatNumber()), heat.heatNumber())));
            return heats.stream().map(Heat::toRecord).toList();
        }
        var ids = insertHeats(heats, now, actor);
        for (int i = 0; i < heats.size(); i++) {
            heats.get(i).recorded(ids.get(i), now.toInstant(), actor);
        }
        insertReadings(heats);
        insertCharges(heats);
        audit.recordCreated(heats, now.toInstant());
        return heats.stream().map(Heat::toRecord).toList();
    }

    private PreparedStatement oneStatement(Connection connection, List<Heat> heats, OffsetDateTime now, String actor)
            throws SQLException {
        var statement = connection.prepareStatement(ONE_STATEMENT);
        int p = 1;
        statement.setLong(p++, heats.getFirst().cooperativeId());
        statement.setLong(p++, heats.getFirst().memberId());
        statement.setObject(p++, now);
        statement.setString(p++, actor);
        statement.setObject(p++, now);
        statement.setString(p++, actor);
        p = setArrays(statement, p, heats.stream().map(heat -> new Object[] {heat.furnace(), heat.meltedOn().toString(),
                heat.heatNumber(), heat.gradeCode(), heat.tensileMpa(), heat.hardnessHb(),
                heat.specimen() == null ? null : heat.specimen().name()}).toList(),
                "varchar", "date", "varchar", "varchar", "int4", "int4", "varchar");
        var readings = new ArrayList<Object[]>();
        var charges = new ArrayList<Object[]>();
        var snapshots = new ArrayList<Object[]>();
        for (var heat : heats) {
            heat.readings().forEach((element, percent) -> readings.add(new Object[] {heat.heatNumber(), element.name(), percent}));
            List<ChargeLine> lines = heat.charges();
            for (int key = 0; key < lines.size(); key++) {
                var line = lines.get(key);
                charges.add(new Object[] {heat.heatNumber(), key, line.material().name(), line.weightKg(), line.origin().name(),
                        line.supplier(), line.purchaseReference()});
            }
            snapshots.add(snapshotAroundId(heat));
        }
        p = setArrays(statement, p, readings, "varchar", "varchar", "numeric");
        p = setArrays(statement, p, charges, "varchar", "int4", "varchar", "numeric", "varchar", "varchar", "varchar");
        statement.setObject(p++, now);
        statement.setString(p++, actor);
        setArrays(statement, p, snapshots, "varchar", "text", "text");
        return statement;
    }

    /**
     * The heat's number and the audit snapshot of the stamped heat up to its key's value and after it. Inside a JSON
     * string a quote is escaped, so {@code "id":null} can only be the heat's own key (readings and charge lines have none).
     */
    private Object[] snapshotAroundId(Heat heat) {
        String snapshot = audit.snapshot(heat);
        int at = snapshot.indexOf(NO_ID);
        if (at < 0 || at != snapshot.lastIndexOf(NO_ID)) {
            throw new IllegalStateException("A heat's audit snapshot names its key other than once: " + snapshot);
        }
        int value = at + NO_ID.length() - "null".length();
        return new Object[] {heat.heatNumber(), snapshot.substring(0, value), snapshot.substring(at + NO_ID.length())};
    }

    /** One array parameter per column of the rows, each of the given element type; answers the next parameter's index. */
    private static int setArrays(PreparedStatement statement, int first, List<Object[]> rows, String... types)
            throws SQLException {
        for (int column = 0; column < types.length; column++) {
            var values = new Object[rows.size()];
            for (int row = 0; row < rows.size(); row++) {
                values[row] = rows.get(row)[column];
            }
            statement.setArray(first + column, statement.getConnection().createArrayOf(types[column], values));
        }
        return first + types.length;
    }

    private static ResultSetExtractor<Map<String, Long>> keysByNumber() {
        return rs -> {
            var ids = new java.util.HashMap<String, Long>();
            while (rs.next()) {
                ids.put(rs.getString("heat_number"), rs.getLong("id"));
            }
            return ids;
        };
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
