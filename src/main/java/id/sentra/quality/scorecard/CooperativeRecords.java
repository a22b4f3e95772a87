package id.sentra.quality.scorecard;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.sentra.matching.SupplierRecord;
import id.sentra.platform.security.SentraUser;

/** Every member's record side by side, for the cooperative overview: who needs the operator's attention first. */
@Service
public class CooperativeRecords {

    private final ScorecardAccess access;
    private final QualityRecords records;
    private final JdbcClient jdbc;

    CooperativeRecords(ScorecardAccess access, QualityRecords records, JdbcClient jdbc) {
        this.access = access;
        this.records = records;
        this.jdbc = jdbc;
    }

    /** One active member's record, {@link SupplierRecord#NONE} without one. */
    public record MemberRow(long memberId, String name, SupplierRecord record) {
    }

    public List<MemberRow> members(SentraUser user, long cooperativeId) {
        access.requireCooperative(user, cooperativeId);
        var all = records.ofCooperative(cooperativeId);
        return access.members(cooperativeId).entrySet().stream()
                .map(m -> new MemberRow(m.getKey(), m.getValue(), all.getOrDefault(m.getKey(), SupplierRecord.NONE))).toList();
    }

    public String memberName(long memberId) {
        return access.memberName(memberId);
    }

    public String cooperativeName(long cooperativeId) {
        return jdbc.sql("select name from cooperative where id = :id").param("id", cooperativeId).query(String.class)
                .optional().orElseThrow(() -> new id.sentra.platform.RecordNotFoundException("cooperative", cooperativeId));
    }

    public long firstCooperative() {
        return jdbc.sql("select min(id) from cooperative").query(Long.class).single();
    }
}
