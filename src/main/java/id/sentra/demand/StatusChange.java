package id.sentra.demand;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a contract's life cycle: from which status to which, who, when, and why if they said. */
@Table("contract_status_change")
public record StatusChange(@Nullable ContractStatus fromStatus, ContractStatus toStatus, String changedBy, Instant changedAt,
                           @Nullable String note) {
}
