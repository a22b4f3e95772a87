package id.sentra.quality.production;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.sentra.platform.FieldProblem;

/** A mapping that can read a file: a known delimiter, a heat column, a valid date pattern, at least one element. */
final class MappingRules {

    /** Delimiters spectrometer software writes; a tab is posted as the two characters {@code \t}. */
    static final Set<String> DELIMITERS = Set.of(",", ";", "\t", "|");

    private MappingRules() {
    }

    static List<FieldProblem> check(MappingDraft draft) {
        var problems = new ArrayList<FieldProblem>();
        if (draft.instrument() == null || draft.instrument().isBlank()) {
            problems.add(FieldProblem.of("instrument", "field.required"));
        } else if (draft.instrument().trim().length() > 80) {
            problems.add(FieldProblem.of("instrument", "field.tooLong", 80));
        }
        if (draft.delimiter() == null || !DELIMITERS.contains(draft.delimiter())) {
            problems.add(FieldProblem.of("delimiter", "mapping.delimiter.unknown"));
        } else if (draft.decimalComma() && draft.delimiter().equals(",")) {
            problems.add(FieldProblem.of("decimalComma", "mapping.decimalComma.withComma"));
        }
        if (draft.heatColumn() == null || draft.heatColumn().isBlank()) {
            problems.add(FieldProblem.of("heatColumn", "field.required"));
        }
        try {
            DateTimeFormatter.ofPattern(draft.datePattern() == null ? "" : draft.datePattern().trim());
            if (draft.datePattern() == null || draft.datePattern().isBlank()) {
                problems.add(FieldProblem.of("datePattern", "field.required"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("datePattern", "mapping.datePattern.invalid"));
        }
        if (draft.columns().values().stream().allMatch(c -> c == null || c.isBlank())) {
            problems.add(FieldProblem.of("columns", "mapping.columns.none"));
        }
        return problems;
    }
}
