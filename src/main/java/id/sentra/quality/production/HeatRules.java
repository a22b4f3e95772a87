package id.sentra.quality.production;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.sentra.platform.FieldProblem;
import id.sentra.quality.ChargeLine;

/**
 * What a heat must satisfy before it is kept: the identifying fields, readings that are mass
 * percentages which together leave room for iron, charge weights above zero, and a specimen for
 * every mechanical result (grey-iron strength means nothing without it).
 */
final class HeatRules {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HeatRules() {
    }

    static List<FieldProblem> check(HeatDraft draft) {
        var problems = new ArrayList<FieldProblem>();
        text(problems, "furnace", draft.furnace(), 80);
        text(problems, "heatNumber", draft.heatNumber(), 40);
        text(problems, "gradeCode", draft.gradeCode(), 30);
        if (draft.meltedOn() == null) {
            problems.add(FieldProblem.of("meltedOn", "field.required"));
        }
        problems.addAll(readings(draft));
        for (int i = 0; i < draft.charges().size(); i++) {
            problems.addAll(charge("charges[" + i + "]", draft.charges().get(i)));
        }
        positive(problems, "tensileMpa", draft.tensileMpa());
        positive(problems, "hardnessHb", draft.hardnessHb());
        if ((draft.tensileMpa() != null || draft.hardnessHb() != null) && draft.specimen() == null) {
            problems.add(FieldProblem.of("specimen", "heat.specimen.required"));
        }
        return problems;
    }

    /** Each reading is a mass % in 0–100, and all of them together stay below 100 (the rest is iron). */
    static List<FieldProblem> readings(HeatDraft draft) {
        var problems = new ArrayList<FieldProblem>();
        var sum = BigDecimal.ZERO;
        for (var entry : draft.readings().entrySet()) {
            var percent = entry.getValue();
            if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                problems.add(FieldProblem.of("readings[" + entry.getKey().name() + "]", "heat.reading.range",
                        entry.getKey().symbol()));
            }
            sum = sum.add(percent);
        }
        if (sum.compareTo(HUNDRED) >= 0) {
            problems.add(FieldProblem.of("readings", "heat.readings.sum", sum.stripTrailingZeros().toPlainString()));
        }
        return problems;
    }

    private static List<FieldProblem> charge(String prefix, ChargeLine line) {
        var problems = new ArrayList<FieldProblem>();
        if (line.material() == null) {
            problems.add(FieldProblem.of(prefix + ".material", "field.required"));
        }
        if (line.origin() == null) {
            problems.add(FieldProblem.of(prefix + ".origin", "field.required"));
        }
        if (line.weightKg() == null || line.weightKg().signum() <= 0) {
            problems.add(FieldProblem.of(prefix + ".weightKg", "field.positive"));
        }
        if (line.supplier() != null && line.supplier().length() > 120) {
            problems.add(FieldProblem.of(prefix + ".supplier", "field.tooLong", 120));
        }
        if (line.purchaseReference() != null && line.purchaseReference().length() > 80) {
            problems.add(FieldProblem.of(prefix + ".purchaseReference", "field.tooLong", 80));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, @org.jspecify.annotations.Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "field.required"));
        } else if (value.trim().length() > max) {
            problems.add(FieldProblem.of(field, "field.tooLong", max));
        }
    }

    private static void positive(List<FieldProblem> problems, String field, @org.jspecify.annotations.Nullable Integer value) {
        if (value != null && value <= 0) {
            problems.add(FieldProblem.of(field, "field.positive"));
        }
    }
}
