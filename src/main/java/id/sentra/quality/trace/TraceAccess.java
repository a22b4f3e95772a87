package id.sentra.quality.trace;

import org.springframework.security.access.AccessDeniedException;

import id.sentra.platform.security.SentraUser;

/**
 * Who may trace what: a member its own lots and heats, an operator its cooperative's, the platform all;
 * a buyer the lots of its own contracts (never a heat's full recall, which names other buyers); the ministry nothing.
 */
final class TraceAccess {

    private TraceAccess() {
    }

    static void requireLot(SentraUser user, Origin origin) {
        boolean sees = switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> same(user.cooperativeId(), origin.cooperativeId());
            case MEMBER -> same(user.memberId(), origin.memberId());
            case BUYER -> same(user.buyerId(), origin.buyerId());
            case MINISTRY -> false;
        };
        if (!sees) {
            throw new AccessDeniedException("This lot is outside your scope");
        }
    }

    static void requireHeat(SentraUser user, TracedHeat heat) {
        boolean sees = switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> same(user.cooperativeId(), heat.cooperativeId());
            case MEMBER -> same(user.memberId(), heat.memberId());
            case BUYER, MINISTRY -> false;
        };
        if (!sees) {
            throw new AccessDeniedException("This heat is outside your scope");
        }
    }

    private static boolean same(Long own, long recordOwner) {
        return own != null && own == recordOwner;
    }
}
