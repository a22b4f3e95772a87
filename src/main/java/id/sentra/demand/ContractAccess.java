package id.sentra.demand;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * Who may see and do what to a contract. The buyer side (the buyer's people, or the cooperative's operator
 * for an RFQ it entered on the buyer's behalf) asks, awards and calls off; the supplier side (the operator
 * of the cooperative the RFQ is addressed to) quotes and produces. A buyer never sees another buyer's
 * contracts; an operator sees a buyer's draft only when it wrote it. Members and the ministry see none here.
 */
final class ContractAccess {

    private ContractAccess() {
    }

    static boolean canView(SentraUser user, Contract contract) {
        return switch (user.role()) {
            case ADMIN -> true;
            case BUYER -> ownBuyer(user, contract.buyerId());
            case OPERATOR -> ownCooperative(user, contract) && (contract.status() != ContractStatus.DRAFT || contract.onBehalf());
            case MEMBER, MINISTRY -> false;
        };
    }

    static boolean buyerSide(SentraUser user, Contract contract) {
        return switch (user.role()) {
            case ADMIN -> true;
            case BUYER -> ownBuyer(user, contract.buyerId());
            case OPERATOR -> contract.onBehalf() && ownCooperative(user, contract);
            case MEMBER, MINISTRY -> false;
        };
    }

    static boolean supplierSide(SentraUser user, Contract contract) {
        return user.is(Role.ADMIN) || user.is(Role.OPERATOR) && ownCooperative(user, contract);
    }

    static void requireView(SentraUser user, Contract contract) {
        if (!canView(user, contract)) {
            throw new AccessDeniedException("Contract " + contract.getId() + " is outside your scope");
        }
    }

    static void requireBuyerSide(SentraUser user, Contract contract) {
        requireView(user, contract);
        if (!buyerSide(user, contract)) {
            throw new AccessDeniedException("Only the buyer acts on its side of contract " + contract.getId());
        }
    }

    static void requireSupplierSide(SentraUser user, Contract contract) {
        requireView(user, contract);
        if (!supplierSide(user, contract)) {
            throw new AccessDeniedException("Only the supplying cooperative acts on its side of contract " + contract.getId());
        }
    }

    /** A buyer asks for itself; an operator asks on a buyer's behalf, of its own cooperative only. */
    static void requireCreate(SentraUser user, long buyerId, @org.jspecify.annotations.Nullable Long cooperativeId) {
        boolean allowed = switch (user.role()) {
            case ADMIN -> true;
            case BUYER -> ownBuyer(user, buyerId);
            case OPERATOR -> cooperativeId != null && cooperativeId.equals(user.cooperativeId());
            case MEMBER, MINISTRY -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException("You may not post an RFQ for buyer " + buyerId);
        }
    }

    static void requireContractsPages(SentraUser user) {
        if (user.is(Role.MEMBER) || user.is(Role.MINISTRY)) {
            throw new AccessDeniedException("Contracts are for buyers and cooperatives");
        }
    }

    /** The actions this person may take on this contract in its current status. */
    static Set<ContractAction> actions(SentraUser user, Contract contract) {
        var actions = EnumSet.noneOf(ContractAction.class);
        if (!canView(user, contract)) {
            return actions;
        }
        var status = contract.status();
        if (buyerSide(user, contract)) {
            if (status.isEditable()) actions.add(ContractAction.EDIT);
            if (status == ContractStatus.DRAFT) actions.add(ContractAction.PUBLISH);
            if (status == ContractStatus.QUOTED) actions.add(ContractAction.AWARD);
            if (status.takesCallOffs()) actions.add(ContractAction.CALL_OFF);
            if (status != ContractStatus.DRAFT && !status.isFinished()) actions.add(ContractAction.CHANGE_SPECIFICATION);
            if (!status.isFinished()) actions.add(ContractAction.CANCEL);
        }
        if (supplierSide(user, contract)) {
            if (status == ContractStatus.OPEN || status == ContractStatus.QUOTED) actions.add(ContractAction.QUOTE);
            if (status == ContractStatus.AWARDED) actions.add(ContractAction.START_PRODUCTION);
            if (status == ContractStatus.IN_PRODUCTION) actions.add(ContractAction.CLOSE);
            if (contract.specChanges().stream().anyMatch(c -> !c.acknowledged())) actions.add(ContractAction.ACKNOWLEDGE);
        }
        if (originEditor(user, contract) && status != ContractStatus.CANCELLED) actions.add(ContractAction.RECORD_ORIGIN);
        return actions;
    }

    /** A line's prior source is known to the buyer and, from the buyer, to the supplying cooperative: both may record it. */
    static boolean originEditor(SentraUser user, Contract contract) {
        return buyerSide(user, contract) || supplierSide(user, contract);
    }

    static void requireOriginEditor(SentraUser user, Contract contract) {
        requireView(user, contract);
        if (!originEditor(user, contract)) {
            throw new AccessDeniedException("Only the buyer or the supplying cooperative records the origin on contract " + contract.getId());
        }
    }

    private static boolean ownBuyer(SentraUser user, long buyerId) {
        return user.buyerId() != null && user.buyerId() == buyerId;
    }

    private static boolean ownCooperative(SentraUser user, Contract contract) {
        return user.cooperativeId() != null && user.cooperativeId().equals(contract.cooperativeId());
    }
}
