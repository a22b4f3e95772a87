package id.sentra.registry;

import org.springframework.data.relational.core.mapping.Table;

/** One material family a member pours; a row of the member's material set. */
@Table("member_material")
record MemberMaterial(MaterialFamily material) {
}
