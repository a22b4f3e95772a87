package id.sentra.demand;

import org.springframework.data.relational.core.mapping.Table;

import id.sentra.registry.Process;

/** A process one line needs, kept in its own table so matchmaking can ask "which lines need centrifugal casting". */
@Table("contract_line_process")
record LineProcess(int lineNo, Process process) {
}
