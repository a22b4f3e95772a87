package id.sentra.allocation;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** One planned quantity: member, line, month, pieces, and the member's price per piece. */
@Table("allocation_quantity")
public record PlanQuantity(long memberId, int lineNo, LocalDate period, int pieces, long memberPrice) {
}
