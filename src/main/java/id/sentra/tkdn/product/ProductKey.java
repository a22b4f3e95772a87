package id.sentra.tkdn.product;

/** Whose product it is and for which contract line: the scope every reader is checked against. */
public record ProductKey(long cooperativeId, long memberId, long contractId, int lineNo) {
}
