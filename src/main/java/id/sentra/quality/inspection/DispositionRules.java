package id.sentra.quality.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.sentra.platform.FieldProblem;
import id.sentra.quality.Characteristic;
import id.sentra.quality.Disposition;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.Limits;
import id.sentra.quality.RuleCheck;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.sampling.LotOutcome;

/**
 * The rules a lot is judged by, each giving a {@link RuleCheck}: every heat's chemistry, grade, tensile and hardness
 * against the revision in force (out of range or missing: HOLD for material review), and the sampled parts against
 * the ISO 2859-1 plan (defectives at or above Re: REJECT). The lot takes the gravest verdict: REJECT, then HOLD.
 */
public final class DispositionRules {

    private DispositionRules() {
    }

    /** The rules checked, the decision and the number of defective parts in the sample. */
    public record Judgement(List<RuleCheck> checks, Disposition decided, int defectives, LotOutcome outcome) {
    }

    public static Judgement judge(LotFacts facts) {
        var checks = new ArrayList<RuleCheck>();
        if (facts.discontinued()) {
            checks.add(check("inspection.rule.discontinued", Disposition.HOLD));
        }
        for (var heat : facts.heats()) {
            checks.addAll(HeatChecks.of(heat, facts));
        }
        int defectives = defectives(facts);
        var outcome = facts.plan().judge(defectives, true);
        var sampleVerdict = outcome.accepted() ? Disposition.ACCEPT : Disposition.REJECT;
        for (var characteristic : facts.characteristics()) {
            checks.add(characteristic(characteristic, facts, sampleVerdict));
        }
        var plan = facts.plan();
        String key = switch (outcome.verdict()) {
            case ACCEPTED -> "inspection.rule.sample.accept";
            case ACCEPTED_REINSTATE_NORMAL -> "inspection.rule.sample.reinstate";
            case NOT_ACCEPTED -> "inspection.rule.sample.reject";
        };
        checks.add(check(key, sampleVerdict, defectives, plan.sampleSize(), plan.acceptance(), plan.rejection()));
        var decided = checks.stream().map(RuleCheck::verdict).max(Comparator.comparingInt(DispositionRules::gravity))
                .orElse(Disposition.ACCEPT);
        return new Judgement(checks, decided, defectives, outcome);
    }

    /** REJECT outweighs HOLD, which outweighs ACCEPT: a lot the sample condemns is not saved by a material review. */
    static int gravity(Disposition disposition) {
        return switch (disposition) {
            case ACCEPT -> 0;
            case HOLD -> 1;
            case REJECT -> 2;
        };
    }

    /** Sampled parts with any characteristic outside its limits; each part counts once (ISO 2859-1 3.1.8, nonconforming item). */
    static int defectives(LotFacts facts) {
        int count = 0;
        for (int i = 0; i < facts.plan().sampleSize(); i++) {
            int part = i;
            if (facts.characteristics().stream().anyMatch(c -> outside(c, facts, part))) {
                count++;
            }
        }
        return count;
    }

    private static boolean outside(Characteristic c, LotFacts facts, int part) {
        var values = facts.measurements().getOrDefault(c.name(), List.of());
        return part < values.size() && !c.limits().contains(values.get(part));
    }

    private static RuleCheck characteristic(Characteristic c, LotFacts facts, Disposition sampleVerdict) {
        int n = facts.plan().sampleSize();
        long out = java.util.stream.IntStream.range(0, n).filter(i -> outside(c, facts, i)).count();
        if (out == 0) {
            return check("inspection.rule.characteristic.ok", Disposition.ACCEPT, c.name(), n, c.limits(), c.unit());
        }
        return check("inspection.rule.characteristic.out", sampleVerdict, c.name(), out, n, c.limits(), c.unit());
    }

    /** Every characteristic needs a value for every sampled part; each gap is named by part and characteristic. */
    public static List<FieldProblem> missingMeasurements(List<Characteristic> characteristics, int sampleSize,
                                                         java.util.Map<String, List<BigDecimal>> measurements) {
        var problems = new ArrayList<FieldProblem>();
        for (var c : characteristics) {
            var values = measurements.getOrDefault(c.name(), List.of());
            for (int i = 0; i < sampleSize; i++) {
                if (i >= values.size() || values.get(i) == null) {
                    problems.add(FieldProblem.of("measurements[" + c.name() + "][" + i + "]", "inspection.measurement.required",
                            c.name(), i + 1));
                }
            }
        }
        for (var name : measurements.keySet()) {
            if (characteristics.stream().noneMatch(c -> c.name().equals(name))) {
                problems.add(FieldProblem.of("measurements[" + name + "]", "inspection.measurement.unknown", name));
            }
        }
        return problems;
    }

    static RuleCheck check(String key, Disposition verdict, Object... arguments) {
        return new RuleCheck(key, java.util.Arrays.stream(arguments).map(DispositionRules::printed).map(Object.class::cast).toList(),
                verdict);
    }

    /** Arguments are kept as printed figures, so a check reads the same after it is stored and loaded. */
    static String printed(Object argument) {
        if (argument instanceof BigDecimal d) {
            return Limits.normal(d).toPlainString();
        }
        return String.valueOf(argument);
    }

    /** The checks of one heat: grade, chemistry per limited element, tensile and hardness. */
    static final class HeatChecks {

        private HeatChecks() {
        }

        static List<RuleCheck> of(HeatRecord heat, LotFacts facts) {
            var checks = new ArrayList<RuleCheck>();
            String number = heat.heatNumber();
            if (heat.gradeCode().equalsIgnoreCase(facts.gradeCode())) {
                checks.add(check("inspection.rule.grade.ok", Disposition.ACCEPT, number, heat.gradeCode()));
            } else {
                checks.add(check("inspection.rule.grade.mismatch", Disposition.HOLD, number, heat.gradeCode(), facts.gradeCode()));
            }
            facts.chemistry().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(limit -> {
                var reading = heat.readings().get(limit.getKey());
                String symbol = limit.getKey().symbol();
                if (reading == null) {
                    checks.add(check("inspection.rule.chemistry.missing", Disposition.HOLD, number, symbol, limit.getValue()));
                } else if (limit.getValue().contains(reading)) {
                    checks.add(check("inspection.rule.chemistry.ok", Disposition.ACCEPT, number, symbol, reading, limit.getValue()));
                } else {
                    checks.add(check("inspection.rule.chemistry.out", Disposition.HOLD, number, symbol, reading, limit.getValue()));
                }
            });
            tensile(heat, facts).ifPresent(checks::add);
            hardness(heat, facts).ifPresent(checks::add);
            return checks;
        }

        private static java.util.Optional<RuleCheck> tensile(HeatRecord heat, LotFacts facts) {
            String number = heat.heatNumber();
            if (heat.tensileMpa() == null || heat.specimen() == null) {
                return facts.tensileRequired()
                        ? java.util.Optional.of(check("inspection.rule.tensile.missing", Disposition.HOLD, number))
                        : java.util.Optional.empty();
            }
            var minimum = facts.tensile().minimum(heat.specimen(), facts.wallMm());
            if (minimum.isEmpty()) {
                boolean wallNeeded = facts.wallMm() == null && heat.specimen() != SpecimenKind.SEPARATELY_CAST;
                return java.util.Optional.of(check(wallNeeded ? "inspection.rule.tensile.wallMissing"
                        : "inspection.rule.tensile.noMinimum", Disposition.HOLD, number));
            }
            int mpa = heat.tensileMpa();
            int min = minimum.get().mpa();
            // Each check names the library row it was judged by: grade, specimen and wall band (JIS G5501 / EN 1561).
            String row = minimum.get().row(facts.gradeCode());
            if (mpa >= min) {
                return java.util.Optional.of(check("inspection.rule.tensile.okRow", Disposition.ACCEPT, number, mpa, min, row));
            }
            // A figure for a piece cut from the casting is guidance (JIS G5501 Table 3): noted, not a reason to hold.
            return java.util.Optional.of(minimum.get().binding()
                    ? check("inspection.rule.tensile.lowRow", Disposition.HOLD, number, mpa, min, row)
                    : check("inspection.rule.tensile.lowGuidanceRow", Disposition.ACCEPT, number, mpa, min, row));
        }

        private static java.util.Optional<RuleCheck> hardness(HeatRecord heat, LotFacts facts) {
            if (facts.heatHardness().isEmpty()) {
                return java.util.Optional.empty();
            }
            var limits = facts.heatHardness().get();
            if (heat.hardnessHb() == null) {
                return facts.hardnessRequired()
                        ? java.util.Optional.of(check("inspection.rule.hardness.missing", Disposition.HOLD, heat.heatNumber(), limits))
                        : java.util.Optional.empty();
            }
            boolean in = limits.contains(BigDecimal.valueOf(heat.hardnessHb()));
            return java.util.Optional.of(check(in ? "inspection.rule.hardness.ok" : "inspection.rule.hardness.out",
                    in ? Disposition.ACCEPT : Disposition.HOLD, heat.heatNumber(), heat.hardnessHb(), limits));
        }
    }
}
