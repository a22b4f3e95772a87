package id.sentra.quality.production;

import org.springframework.data.relational.core.mapping.Table;

/** A heat a lot was poured from, by id: heats are their own aggregate. */
@Table("lot_heat")
record LotHeat(long heatId) {
}
