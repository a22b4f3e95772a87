package id.sentra.tkdn.product;

import org.springframework.security.access.AccessDeniedException;

import id.sentra.platform.security.SentraUser;

/**
 * Who sees what of a product. Its costs and prices: the member itself, its cooperative's operator and the platform,
 * who may also edit. Its figures only: besides those, the buyer of the contract it is made for and the ministry.
 */
final class ProductAccess {

    private ProductAccess() {
    }

    static boolean seesCosts(SentraUser user, long cooperativeId, long memberId) {
        return switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> user.cooperativeId() != null && user.cooperativeId() == cooperativeId;
            case MEMBER -> user.memberId() != null && user.memberId() == memberId;
            case BUYER, MINISTRY -> false;
        };
    }

    static void requireCosts(SentraUser user, long cooperativeId, long memberId) {
        if (!seesCosts(user, cooperativeId, memberId)) {
            throw new AccessDeniedException("The cost structures of member " + memberId + " are not yours to see");
        }
    }
}
