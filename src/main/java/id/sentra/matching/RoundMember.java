package id.sentra.matching;

import org.springframework.data.relational.core.mapping.Table;

/** An IKM invited to a round. */
@Table("matching_round_member")
record RoundMember(long memberId) {
}
