package id.sentra.quality.scorecard;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which members' work orders or lot inspections changed since a moment, read from their audited modification
 * times (indexed, V16), so that the kept records are refreshed member by member instead of summed again whole.
 */
@Component
class RecordChanges {

    private final JdbcClient jdbc;

    RecordChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest modification time of any work order or lot inspection; null in an empty database. */
    @Nullable Instant latest() {
        return jdbc.sql("""
                select max(t) from (select max(modified_at) as t from work_order
                                    union all select max(modified_at) from lot_inspection) latest""")
                .query((rs, i) -> Optional.ofNullable(toInstant(rs.getObject(1, OffsetDateTime.class)))).single().orElse(null);
    }

    /** The members whose work orders or inspections were modified at or after {@code since}, and the newest time seen. */
    Changed since(@Nullable Instant since) {
        var members = new HashSet<Long>();
        Instant[] newest = {since};
        jdbc.sql("""
                select member_id, modified_at from work_order where modified_at >= :since
                union all select member_id, modified_at from lot_inspection where modified_at >= :since""")
                .param("since", OffsetDateTime.ofInstant(since == null ? Instant.EPOCH : since, java.time.ZoneOffset.UTC))
                .query((ResultSet rs) -> {
                    members.add(rs.getLong(1));
                    var at = toInstant(rs.getObject(2, OffsetDateTime.class));
                    if (at != null && (newest[0] == null || at.isAfter(newest[0]))) {
                        newest[0] = at;
                    }
                });
        return new Changed(members, newest[0]);
    }

    private static @Nullable Instant toInstant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    record Changed(Set<Long> members, @Nullable Instant newest) {
    }
}
