package id.sentra.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.platform.FieldProblem;

/** The rules an RFQ, a quote and a specification must meet, each problem named by the field it is about. */
final class ContractRules {

    static final int MAX_LINES = 20;
    static final int MAX_MONTHS = 60;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_WEIGHT_KG = BigDecimal.valueOf(20_000);
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    private ContractRules() {
    }

    static List<FieldProblem> check(RfqDetails rfq, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        text(problems, "title", rfq.title(), 200);
        text(problems, "reference", rfq.reference(), 60);
        if (rfq.tkdnFloor() == null || rfq.tkdnFloor().signum() < 0 || rfq.tkdnFloor().compareTo(HUNDRED) > 0) {
            problems.add(FieldProblem.of("tkdnFloor", "rfq.tkdnFloor.range"));
        }
        var cpk = rfq.quality().minCpk();
        if (cpk != null && (cpk.compareTo(new BigDecimal("0.5")) < 0 || cpk.compareTo(new BigDecimal("3")) > 0)) {
            problems.add(FieldProblem.of("minCpk", "rfq.minCpk.range"));
        }
        if (rfq.quotesDueBy() != null && rfq.quotesDueBy().isBefore(today)) {
            problems.add(FieldProblem.of("quotesDueBy", "rfq.quotesDueBy.past"));
        }
        if (rfq.lines().isEmpty() || rfq.lines().size() > MAX_LINES) {
            problems.add(FieldProblem.of("lines", "rfq.lines.count", MAX_LINES));
        }
        for (int i = 0; i < rfq.lines().size(); i++) {
            var line = rfq.lines().get(i);
            String prefix = "lines[" + i + "].";
            problems.addAll(check(line.specification(), prefix));
            if (line.targetPrice() != null && line.targetPrice().amount() == 0) {
                problems.add(FieldProblem.of(prefix + "targetPrice", "field.positive"));
            }
            checkSchedule(problems, prefix + "schedule", line.schedule());
            problems.addAll(check(line.origin(), prefix));
        }
        return problems;
    }

    static List<FieldProblem> check(LineSpecification spec, String prefix) {
        var problems = new ArrayList<FieldProblem>();
        text(problems, prefix + "partName", spec.partName(), 160);
        text(problems, prefix + "buyerPartNumber", spec.buyerPartNumber(), 60);
        text(problems, prefix + "drawingReference", spec.drawingReference(), 80);
        text(problems, prefix + "drawingRevision", spec.drawingRevision(), 20);
        text(problems, prefix + "materialGrade", spec.materialGrade(), 80);
        if (spec.materialFamily() == null) {
            problems.add(FieldProblem.of(prefix + "materialFamily", "field.required"));
        }
        if (spec.processes().isEmpty()) {
            problems.add(FieldProblem.of(prefix + "processes", "rfq.processes.required"));
        }
        if (spec.unitWeightKg() == null || spec.unitWeightKg().signum() <= 0 || spec.unitWeightKg().compareTo(MAX_WEIGHT_KG) > 0) {
            problems.add(FieldProblem.of(prefix + "unitWeightKg", "rfq.unitWeight.range"));
        }
        return problems;
    }

    /** A family and a prior source are always named; a country only for an imported product, as an ISO 3166-1 code. */
    static List<FieldProblem> check(@Nullable ProductOrigin origin, String prefix) {
        var problems = new ArrayList<FieldProblem>();
        if (origin == null || origin.productFamily() == null) {
            problems.add(FieldProblem.of(prefix + "productFamily", "field.required"));
        }
        if (origin == null || origin.priorSource() == null) {
            problems.add(FieldProblem.of(prefix + "priorSource", "field.required"));
            return problems;
        }
        String country = origin.importedFrom();
        if (country != null && !country.isBlank()) {
            if (origin.priorSource() != PriorSource.IMPORTED) {
                problems.add(FieldProblem.of(prefix + "priorCountry", "rfq.priorCountry.onlyImported"));
            } else if (!COUNTRIES.contains(country)) {
                problems.add(FieldProblem.of(prefix + "priorCountry", "rfq.priorCountry.unknown"));
            }
        }
        return problems;
    }

    static List<FieldProblem> check(QuoteDetails quote, int lineCount) {
        var problems = new ArrayList<FieldProblem>();
        if (quote.unitPrices().size() != lineCount) {
            problems.add(FieldProblem.of("unitPrices", "quote.prices.everyLine", lineCount));
        }
        for (int i = 0; i < quote.unitPrices().size(); i++) {
            if (quote.unitPrices().get(i) == null || quote.unitPrices().get(i).amount() == 0) {
                problems.add(FieldProblem.of("unitPrices[" + i + "]", "field.positive"));
            }
        }
        if (quote.leadTimeDays() < 1 || quote.leadTimeDays() > 365) {
            problems.add(FieldProblem.of("leadTimeDays", "quote.leadTime.range"));
        }
        if (quote.capacityPerMonth() < 1) {
            problems.add(FieldProblem.of("capacityPerMonth", "field.positive"));
        }
        optionalText(problems, "note", quote.note(), 500);
        return problems;
    }

    static List<FieldProblem> checkReason(@Nullable String reason) {
        var problems = new ArrayList<FieldProblem>();
        text(problems, "reason", reason, 500);
        return problems;
    }

    static List<FieldProblem> check(CallOffDetails callOff) {
        var problems = new ArrayList<FieldProblem>();
        optionalText(problems, "reference", callOff.reference(), 60);
        return problems;
    }

    private static void checkSchedule(List<FieldProblem> problems, String field, List<MonthlyQuantity> schedule) {
        var months = new HashSet<java.time.YearMonth>();
        boolean valid = !schedule.isEmpty() && schedule.size() <= MAX_MONTHS;
        for (var month : schedule) {
            valid &= month.period() != null && month.quantity() > 0 && months.add(month.period());
        }
        if (!valid) {
            problems.add(FieldProblem.of(field, "rfq.schedule.invalid", MAX_MONTHS));
        }
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "field.required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "field.tooLong", max));
        }
    }

    private static void optionalText(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(FieldProblem.of(field, "field.tooLong", max));
        }
    }
}
