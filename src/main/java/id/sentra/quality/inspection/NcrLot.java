package id.sentra.quality.inspection;

import org.springframework.data.relational.core.mapping.Table;

/** A lot a non-conformance report concerns. */
@Table("ncr_lot")
record NcrLot(long lotId) {
}
