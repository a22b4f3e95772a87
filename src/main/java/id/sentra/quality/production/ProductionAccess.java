package id.sentra.quality.production;

import org.springframework.security.access.AccessDeniedException;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * Who sees production records: a member its own, an operator its cooperative's members' (read
 * only), the platform all. Buyers see nothing yet (certificates come later), the ministry never.
 */
final class ProductionAccess {

    private ProductionAccess() {
    }

    static boolean sees(SentraUser user, long cooperativeId, long memberId) {
        return switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> user.cooperativeId() != null && user.cooperativeId() == cooperativeId;
            case MEMBER -> user.memberId() != null && user.memberId() == memberId;
            case BUYER, MINISTRY -> false;
        };
    }

    static void requireView(SentraUser user, long cooperativeId, long memberId, String what) {
        if (!sees(user, cooperativeId, memberId)) {
            throw new AccessDeniedException(what + " belongs to another member");
        }
    }

    static void requireReader(SentraUser user) {
        if (user.is(Role.BUYER) || user.is(Role.MINISTRY)) {
            throw new AccessDeniedException("Production records are the cooperative's own");
        }
    }

    /** A member records its own production; the platform may act for a member. */
    static void requireRecorder(SentraUser user) {
        if (!user.is(Role.MEMBER) && !user.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only a member records its own heats and lots");
        }
    }
}
