package id.sentra.quality.inspection;

import org.springframework.data.relational.core.mapping.Table;

/** A heat a non-conformance report concerns. */
@Table("ncr_heat")
record NcrHeat(long heatId) {
}
