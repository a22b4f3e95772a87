package id.sentra.demand;

import java.util.Set;

/**
 * Where a buyer's demand stands. Until it is awarded the pages call it an RFQ (permintaan penawaran);
 * from the award on it is a contract (a blanket order with a delivery schedule).
 */
public enum ContractStatus {
    DRAFT, OPEN, QUOTED, AWARDED, IN_PRODUCTION, CLOSED, CANCELLED;

    private static final Set<ContractStatus> AGREED = Set.of(AWARDED, IN_PRODUCTION, CLOSED);

    /** Awarded or later (and not cancelled): a binding contract rather than a request. */
    public boolean isContract() {
        return AGREED.contains(this);
    }

    /** Nothing happens to a closed or cancelled contract any more. */
    public boolean isFinished() {
        return this == CLOSED || this == CANCELLED;
    }

    /** The buyer may still change what it asks for (lines, schedule, terms). */
    public boolean isEditable() {
        return this == DRAFT || this == OPEN;
    }

    /** The buyer releases quantities against the schedule. */
    public boolean takesCallOffs() {
        return this == AWARDED || this == IN_PRODUCTION;
    }

    public String messageKey() {
        return "enum.ContractStatus." + name();
    }
}
