package id.sentra.platform.audit;

import java.time.Instant;
import java.util.List;

/** One change to a business record: who, when, what kind of change, and which fields changed. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, long entityId,
                         String action, List<String> changedFields) {
}
