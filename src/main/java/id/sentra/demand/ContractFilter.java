package id.sentra.demand;

import org.jspecify.annotations.Nullable;

/** The contract-list filters: a status, a buyer (for the cooperative and the platform), only those with warnings. */
public record ContractFilter(@Nullable ContractStatus status, @Nullable Long buyerId, boolean warningsOnly) {

    public static final ContractFilter ALL = new ContractFilter(null, null, false);
}
