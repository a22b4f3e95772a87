package id.sentra.quality.scorecard;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * Who sees which quality figures. The full scorecard and charts: a member its own, an operator its
 * cooperative's members, the platform all. A buyer sees any active member's summary (the figures
 * matchmaking ranks on, no scrap or charts). The ministry sees none of it: its figures are national aggregates.
 */
@Component
class ScorecardAccess {

    private final JdbcClient jdbc;

    ScorecardAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The member's cooperative, once the person may see the member's full scorecard. */
    long requireFull(SentraUser user, long memberId) {
        long cooperative = cooperativeOf(memberId);
        boolean allowed = switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> user.cooperativeId() != null && user.cooperativeId() == cooperative;
            case MEMBER -> user.memberId() != null && user.memberId() == memberId;
            case BUYER, MINISTRY -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException("The quality records of member " + memberId + " are not yours to see");
        }
        return cooperative;
    }

    /** Whether the person sees the full scorecard, or (a buyer, of an active member) the summary; else refused. */
    boolean requireSummaryOrFull(SentraUser user, long memberId) {
        if (user.role() == Role.BUYER) {
            boolean active = jdbc.sql("select active from member where id = :id").param("id", memberId)
                    .query(Boolean.class).optional().orElseThrow(() -> new RecordNotFoundException("member", memberId));
            if (!active) {
                throw new AccessDeniedException("Member " + memberId + " is not active");
            }
            return false;
        }
        requireFull(user, memberId);
        return true;
    }

    /** The cooperative overview is for its operators and the platform; the ministry's figures are national aggregates. */
    void requireCooperative(SentraUser user, long cooperativeId) {
        boolean allowed = user.role() == Role.ADMIN
                || user.role() == Role.OPERATOR && user.cooperativeId() != null
                && user.cooperativeId() == cooperativeId;
        if (!allowed) {
            throw new AccessDeniedException("The quality overview of cooperative " + cooperativeId + " is for its staff");
        }
    }

    String memberName(long memberId) {
        return jdbc.sql("select legal_name from member where id = :id").param("id", memberId).query(String.class).single();
    }

    /** Active members of a cooperative, id to name, by name. */
    Map<Long, String> members(long cooperativeId) {
        var members = new LinkedHashMap<Long, String>();
        jdbc.sql("select id, legal_name from member where cooperative_id = :c and active order by legal_name")
                .param("c", cooperativeId).query((rs, i) -> members.put(rs.getLong(1), rs.getString(2))).list();
        return members;
    }

    long cooperativeOf(long memberId) {
        return jdbc.sql("select cooperative_id from member where id = :id").param("id", memberId).query(Long.class)
                .optional().orElseThrow(() -> new RecordNotFoundException("member", memberId));
    }
}
