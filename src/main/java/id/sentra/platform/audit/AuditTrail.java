package id.sentra.platform.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import id.sentra.platform.security.CurrentUser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed what and when on every business record. Each save stores a snapshot of the record;
 * the changed fields are found by comparing it with the snapshot before.
 */
@Service
public class AuditTrail {

    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "createdBy", "modifiedAt", "modifiedBy");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY))
            .build();

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the state of a record after a save. */
    public void recordSaved(Audited record) {
        long id = Objects.requireNonNull(record.getId(), "a saved record has an id");
        // Through text and back, so numbers compare the same way as in the stored snapshot.
        String snapshot = json.writeValueAsString(record);
        Map<String, Object> now = json.readValue(snapshot, MAP);
        var previous = jdbc.sql("""
                select snapshot from audit_event where entity_type = :type and entity_id = :id
                order by id desc fetch first 1 rows only""")
                .param("type", record.auditType()).param("id", id)
                .query(String.class).optional()
                .map(text -> json.readValue(text, MAP));
        var changed = previous.map(before -> changedFields(before, now)).orElse(List.of());
        if (previous.isPresent() && changed.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, entity_type, entity_id, action, changed_fields, snapshot)
                values (:at, :actor, :type, :id, :action, :changed, :snapshot)""")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("actor", CurrentUser.actorName())
                .param("type", record.auditType())
                .param("id", id)
                .param("action", previous.isPresent() ? "UPDATED" : "CREATED")
                .param("changed", String.join(",", changed))
                .param("snapshot", snapshot)
                .update();
    }

    /**
     * Records new records saved outside the repositories (bulk inserts), in one statement: being new, they have no
     * previous snapshot to compare with, so nothing is read first. The snapshots are those {@link #recordSaved} writes.
     */
    public void recordCreated(List<? extends Audited> records, java.time.Instant at) {
        if (records.isEmpty()) {
            return;
        }
        var occurredAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        String actor = CurrentUser.actorName();
        var args = new java.util.ArrayList<Object>();
        for (var record : records) {
            args.addAll(List.of(occurredAt, actor, record.auditType(),
                    Objects.requireNonNull(record.getId(), "a saved record has an id"), json.writeValueAsString(record)));
        }
        jdbc.sql("insert into audit_event (occurred_at, actor, entity_type, entity_id, action, changed_fields, snapshot) values "
                        + String.join(", ", java.util.Collections.nCopies(records.size(), "(?, ?, ?, ?, 'CREATED', '', ?)")))
                .params(args).update();
    }

    /**
     * The snapshot {@link #recordSaved} and {@link #recordCreated} store for the record, for a writer that inserts the
     * audit row itself in the statement that saves the record.
     */
    public String snapshot(Audited record) {
        return json.writeValueAsString(record);
    }

    public List<AuditEntry> history(String entityType, long entityId) {
        return jdbc.sql("""
                select id, occurred_at, actor, entity_type, entity_id, action, changed_fields from audit_event
                where entity_type = :type and entity_id = :id order by id desc""")
                .param("type", entityType).param("id", entityId)
                .query((rs, i) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("entity_type"), rs.getLong("entity_id"),
                        rs.getString("action"), split(rs.getString("changed_fields"))))
                .list();
    }

    private static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
        var keys = new TreeSet<String>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeAll(BOOKKEEPING);
        return keys.stream().filter(key -> !sameValue(before.get(key), after.get(key))).toList();
    }

    /** Collections compare without regard to order: a set read back from the database comes in another order. */
    private static boolean sameValue(Object before, Object after) {
        if (before instanceof List<?> a && after instanceof List<?> b) {
            return a.size() == b.size() && sorted(a).equals(sorted(b));
        }
        return Objects.equals(before, after);
    }

    private static List<String> sorted(List<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }

    private static List<String> split(String fields) {
        return fields == null || fields.isBlank() ? List.of() : Arrays.asList(fields.split(","));
    }
}
