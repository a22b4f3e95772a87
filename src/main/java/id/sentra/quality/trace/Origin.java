package id.sentra.quality.trace;

import java.time.LocalDate;

/**
 * Where a lot's parts were ordered and made: the work order, the member that made them, the contract
 * and the buyer. No prices: a buyer reads this too.
 */
public record Origin(long workOrderId, LocalDate period, String partName, String workOrderStatus,
                     long cooperativeId, long memberId, String memberName,
                     long contractId, String contractReference, String contractTitle, long buyerId, String buyerName) {
}
