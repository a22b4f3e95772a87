package id.sentra.quality.spec;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * Who may see and change a product specification. The cooperative that makes the part and the buyer whose part it
 * is both see and revise it; the cooperative's members read it (they cast to it); the ministry sees none.
 */
final class SpecAccess {

    private SpecAccess() {
    }

    /** The person and the cooperative they belong to: an operator's, or for a member the one its IKM is in. */
    record Viewer(SentraUser user, @Nullable Long cooperativeId) {
    }

    static boolean canView(Viewer viewer, long cooperativeId, @Nullable Long buyerId) {
        return switch (viewer.user().role()) {
            case ADMIN -> true;
            case OPERATOR, MEMBER -> ownCooperative(viewer, cooperativeId);
            case BUYER -> buyerId != null && buyerId.equals(viewer.user().buyerId());
            case MINISTRY -> false;
        };
    }

    static boolean canWrite(Viewer viewer, long cooperativeId, @Nullable Long buyerId) {
        return switch (viewer.user().role()) {
            case ADMIN -> true;
            case OPERATOR -> ownCooperative(viewer, cooperativeId);
            case BUYER -> buyerId != null && buyerId.equals(viewer.user().buyerId());
            case MEMBER, MINISTRY -> false;
        };
    }

    static void requirePages(SentraUser user) {
        if (user.role() == Role.MINISTRY) {
            throw new AccessDeniedException("Product specifications are for the parties to the part");
        }
    }

    static void requireWriter(SentraUser user) {
        if (user.role() == Role.MINISTRY || user.role() == Role.MEMBER) {
            throw new AccessDeniedException("Only cooperatives and buyers write product specifications");
        }
    }

    static void requireView(Viewer viewer, ProductSpec spec) {
        if (!canView(viewer, spec.cooperativeId(), spec.buyerId())) {
            throw new AccessDeniedException("Product specification " + spec.getId() + " is outside your scope");
        }
    }

    static void requireWrite(Viewer viewer, ProductSpec spec) {
        requireView(viewer, spec);
        if (!canWrite(viewer, spec.cooperativeId(), spec.buyerId())) {
            throw new AccessDeniedException("You may not revise product specification " + spec.getId());
        }
    }

    private static boolean ownCooperative(Viewer viewer, long cooperativeId) {
        return viewer.cooperativeId() != null && viewer.cooperativeId() == cooperativeId;
    }
}
