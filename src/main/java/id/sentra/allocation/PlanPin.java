package id.sentra.allocation;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A quantity the operator fixed by hand for one member, line and month. */
@Table("allocation_pin")
public record PlanPin(long memberId, int lineNo, LocalDate period, int pieces) {
}
