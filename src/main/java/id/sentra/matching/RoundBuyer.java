package id.sentra.matching;

import org.springframework.data.relational.core.mapping.Table;

import id.sentra.registry.MaterialFamily;

/** A buyer invited to a round, with the material family it came to source. */
@Table("matching_round_buyer")
public record RoundBuyer(long buyerId, MaterialFamily material) {
}
