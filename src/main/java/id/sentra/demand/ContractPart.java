package id.sentra.demand;

import org.jspecify.annotations.Nullable;

/**
 * The part a work order makes, as quality reads it: which buyer's contract and line, and the buyer's part
 * number under which the cooperative keeps the part's specification. Carries no price.
 */
public record ContractPart(long contractId, String contractReference, long buyerId, @Nullable Long cooperativeId,
                           int lineNo, String buyerPartNumber, String partName) {
}
