package id.sentra.matching;

import org.springframework.data.relational.core.mapping.Table;

/** A room (or table) where meetings of a round take place side by side. */
@Table("matching_round_room")
record RoundRoom(String name) {
}
