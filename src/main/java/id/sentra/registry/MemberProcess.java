package id.sentra.registry;

import org.springframework.data.relational.core.mapping.Table;

/** One process a member runs; a row of the member's process set. */
@Table("member_process")
record MemberProcess(Process process) {
}
