package id.sentra.registry.importing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.sentra.registry.MemberDetails;

/**
 * One data row read into member details, with the cells that could not be read. A cell that could
 * not be read is given a harmless stand-in ({@code substituted}) so the rest of the row can still be
 * checked; {@code entries} records which cell entry each item of a details list came from.
 */
record ParsedRow(int row, MemberDetails details, List<Finding> findings, Set<Column> substituted,
                 Map<String, List<Entry>> entries) {

    ParsedRow {
        findings = List.copyOf(findings);
        substituted = Set.copyOf(substituted);
        entries = Map.copyOf(entries);
    }

    /** The n-th ({@code number}, from 1) entry of a cell that lists several, e.g. the second furnace of {@code tungku}. */
    record Entry(Column column, int number) {
    }
}
