package id.sentra.quality.scorecard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which members' work orders or lot inspections were modified within a span of time, read from their audited
 * modification times (indexed, V16), so that the kept records are refreshed member by member instead of summed again.
 */
@Component
class RecordChanges {

    private final JdbcClient jdbc;

    RecordChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The members with a work order or inspection modified at or after {@code from} and before {@code until}. The end
     * is the reader's clock, not the newest time found: a row stamped in the future (another clock, imported data)
     * counts once its time has come, and never hides the changes made before it.
     */
    Set<Long> between(Instant from, Instant until) {
        return new HashSet<>(jdbc.sql("""
                select member_id from work_order where modified_at >= :from and modified_at < :until
                union select member_id from lot_inspection where modified_at >= :from and modified_at < :until""")
                .param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .query(Long.class).list());
    }
}
