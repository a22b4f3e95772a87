package id.sentra.registry;

import org.springframework.security.access.AccessDeniedException;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * Who may see and change which member. An operator works within its own cooperative; a member
 * within its own profile; buyers and the ministry see the public capability profile of active members.
 */
final class RegistryAccess {

    private RegistryAccess() {
    }

    static boolean seesInternals(SentraUser user, Member member) {
        return switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> user.cooperativeId() != null && user.cooperativeId() == member.cooperativeId();
            case MEMBER -> member.getId() != null && member.getId().equals(user.memberId());
            case BUYER, MINISTRY -> false;
        };
    }

    static void requireView(SentraUser user, Member member) {
        boolean publicView = (user.is(Role.BUYER) || user.is(Role.MINISTRY)) && member.active();
        if (!publicView && !seesInternals(user, member)) {
            throw new AccessDeniedException("Member " + member.getId() + " is outside your scope");
        }
    }

    static void requireEdit(SentraUser user, Member member) {
        if (!seesInternals(user, member)) {
            throw new AccessDeniedException("You may not edit member " + member.getId());
        }
    }

    /** Registering, deactivating and importing members is the cooperative's work, not the member's own. */
    static void requireManage(SentraUser user, long cooperativeId) {
        boolean allowed = user.is(Role.ADMIN)
                || user.is(Role.OPERATOR) && user.cooperativeId() != null && user.cooperativeId() == cooperativeId;
        if (!allowed) {
            throw new AccessDeniedException("You may not manage members of cooperative " + cooperativeId);
        }
    }
}
