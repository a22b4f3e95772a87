package id.sentra.quality.inspection;

import org.springframework.security.access.AccessDeniedException;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * Who sees and decides lot inspections: a member its own lots, an operator its cooperative's (and overrides), the
 * buyer the lots made for its own contracts (read only, no prices), the platform all; the ministry none.
 */
final class InspectionAccess {

    private InspectionAccess() {
    }

    static boolean sees(SentraUser user, LotSubject subject) {
        var lot = subject.lot();
        return switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> user.cooperativeId() != null && user.cooperativeId() == lot.cooperativeId();
            case MEMBER -> user.memberId() != null && user.memberId() == lot.memberId();
            case BUYER -> user.buyerId() != null && subject.part() != null && user.buyerId() == subject.part().buyerId();
            case MINISTRY -> false;
        };
    }

    static void requireView(SentraUser user, LotSubject subject) {
        if (!sees(user, subject)) {
            throw new AccessDeniedException("Lot " + subject.lot().id() + " is outside your scope");
        }
    }

    /** The member measures its own lots; the cooperative's operator and the platform may record an inspection too. */
    static boolean records(SentraUser user, LotSubject subject) {
        return !user.is(Role.BUYER) && !user.is(Role.MINISTRY) && sees(user, subject);
    }

    static void requireRecorder(SentraUser user, LotSubject subject) {
        if (!records(user, subject)) {
            throw new AccessDeniedException("Only the member, its operator or the platform inspects lot " + subject.lot().id());
        }
    }

    /** Overriding Sentra's decision is the cooperative's call, never the member's own. */
    static boolean overrides(SentraUser user, LotSubject subject) {
        return (user.is(Role.OPERATOR) || user.is(Role.ADMIN)) && sees(user, subject);
    }

    static void requireOverrider(SentraUser user, LotSubject subject) {
        if (!overrides(user, subject)) {
            throw new AccessDeniedException("Only the cooperative's operator overrides the decision on lot " + subject.lot().id());
        }
    }
}
