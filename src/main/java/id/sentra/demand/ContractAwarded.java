package id.sentra.demand;

/** A buyer awarded a contract to a cooperative; the cooperative can now split it over its members. */
public record ContractAwarded(long contractId, long cooperativeId) {
}
