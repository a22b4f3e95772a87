package id.sentra.quality.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import id.sentra.platform.FieldProblem;
import id.sentra.quality.Characteristic;
import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.ChemistryLimit;
import id.sentra.quality.Element;
import id.sentra.quality.Limits;
import id.sentra.quality.MaterialGrade;
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;
import id.sentra.quality.SamplingTerms;
import id.sentra.quality.sampling.Aql;
import id.sentra.quality.sampling.InspectionLevel;

/**
 * The rules a product specification's revision must keep, each broken one named by its field
 * ({@code characteristics[2].max}) so a form or an API client can point at it.
 */
final class SpecRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SpecRules() {
    }

    static List<FieldProblem> checkPart(String partNumber, String partName) {
        var problems = new ArrayList<FieldProblem>();
        text(problems, "partNumber", partNumber, 60);
        text(problems, "partName", partName, 200);
        return problems;
    }

    static List<FieldProblem> check(RevisionRequest request, boolean reasonRequired, GradeLibrary library) {
        var problems = new ArrayList<FieldProblem>();
        if (request.effectiveFrom() == null) {
            problems.add(FieldProblem.of("effectiveFrom", "field.required"));
        }
        if (reasonRequired) {
            text(problems, "reason", request.reason(), 500);
        } else if (request.reason().length() > 500) {
            problems.add(FieldProblem.of("reason", "field.tooLong", 500));
        }
        var content = request.content();
        text(problems, "drawingReference", content.drawingReference(), 100);
        text(problems, "drawingRevision", content.drawingRevision(), 20);
        var grade = library.grade(content.gradeCode());
        if (content.gradeCode().isBlank()) {
            problems.add(FieldProblem.of("gradeCode", "field.required"));
        } else if (grade.isEmpty()) {
            problems.add(FieldProblem.of("gradeCode", "pspec.grade.unknown", content.gradeCode()));
        }
        if (content.loadClass() != null && library.loadClass(content.loadClass()).isEmpty()) {
            problems.add(FieldProblem.of("loadClass", "pspec.loadClass.unknown", content.loadClass()));
        }
        checkCharacteristics(problems, content.characteristics());
        checkChemistry(problems, content, grade.orElse(null));
        checkSampling(problems, content.sampling());
        return problems;
    }

    /** ISO 2859-1 Table 1 names seven inspection levels and clause 5.4 the preferred AQLs; the tables have no other column. */
    private static void checkSampling(List<FieldProblem> problems, SamplingTerms terms) {
        if (Arrays.stream(InspectionLevel.values()).noneMatch(l -> l.name().equals(terms.inspectionLevel()))) {
            problems.add(FieldProblem.of("inspectionLevel", "pspec.sampling.level.unknown", terms.inspectionLevel()));
        }
        if (terms.aqlPercent() == null || !Aql.isPreferred(terms.aqlPercent())) {
            problems.add(FieldProblem.of("aql", "pspec.sampling.aql.unknown",
                    terms.aqlPercent() == null ? "–" : terms.aqlPercent().toPlainString()));
        }
    }

    private static void checkCharacteristics(List<FieldProblem> problems, List<Characteristic> characteristics) {
        var names = new HashSet<String>();
        for (int i = 0; i < characteristics.size(); i++) {
            var c = characteristics.get(i);
            String at = "characteristics[" + i + "].";
            text(problems, at + "name", c.name(), 100);
            if (!c.name().isBlank() && !names.add(c.name().trim().toLowerCase())) {
                problems.add(FieldProblem.of(at + "name", "pspec.characteristic.duplicate", c.name()));
            }
            text(problems, at + "unit", c.unit(), 20);
            checkLimits(problems, at, c.limits());
            if (c.kind() == CharacteristicKind.DIMENSION) {
                if (c.nominal() == null) {
                    problems.add(FieldProblem.of(at + "nominal", "pspec.dimension.nominalRequired"));
                } else if (!c.limits().isEmpty() && !c.limits().contains(c.nominal())) {
                    problems.add(FieldProblem.of(at + "nominal", "pspec.dimension.nominalOutside", c.limits()));
                }
            }
        }
    }

    /**
     * Drawing chemistry adds to the grade's binding limits; together they must still leave a range a melt can hit
     * (a drawing asking P ≥ 0.9 on a grade with P ≤ 0.8 cannot be met).
     */
    private static void checkChemistry(List<FieldProblem> problems, RevisionContent content, @org.jspecify.annotations.Nullable MaterialGrade grade) {
        var seen = EnumSet.noneOf(Element.class);
        for (int i = 0; i < content.chemistry().size(); i++) {
            var limit = content.chemistry().get(i);
            String at = "chemistry[" + i + "].";
            if (!seen.add(limit.element())) {
                problems.add(FieldProblem.of(at + "element", "pspec.chemistry.duplicate", limit.element().symbol()));
            }
            if (checkLimits(problems, at, limit.percent())) {
                boolean negative = limit.percent().min() != null && limit.percent().min().signum() < 0;
                boolean overHundred = limit.percent().max() != null && limit.percent().max().compareTo(HUNDRED) > 0;
                if (negative || overHundred) {
                    problems.add(FieldProblem.of(at + "max", "pspec.chemistry.percent"));
                } else if (grade != null) {
                    grade.bindingChemistry().stream().filter(g -> g.element() == limit.element())
                            .map(ChemistryLimit::percent).filter(g -> g.intersect(limit.percent()).isEmpty()).findFirst()
                            .ifPresent(g -> problems.add(FieldProblem.of(at + "max", "pspec.chemistry.conflictsWithGrade",
                                    limit.element().symbol(), g.toString(), grade.code())));
                }
            }
        }
    }

    /** At least one limit, and the lower not above the upper; true when the limits are usable. */
    private static boolean checkLimits(List<FieldProblem> problems, String at, Limits limits) {
        if (limits.isOpen()) {
            problems.add(FieldProblem.of(at + "min", "pspec.limits.required"));
            return false;
        }
        if (limits.isEmpty()) {
            problems.add(FieldProblem.of(at + "max", "pspec.limits.order"));
            return false;
        }
        return true;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value.isBlank()) {
            problems.add(FieldProblem.of(field, "field.required"));
        } else if (value.trim().length() > max) {
            problems.add(FieldProblem.of(field, "field.tooLong", max));
        }
    }
}
