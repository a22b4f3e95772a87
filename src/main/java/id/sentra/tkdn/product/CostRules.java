package id.sentra.tkdn.product;

import java.util.ArrayList;
import java.util.List;

import id.sentra.platform.FieldProblem;
import id.sentra.tkdn.CostLine;
import id.sentra.tkdn.CostStructure;
import id.sentra.tkdn.FactoryBasis;
import id.sentra.tkdn.InvalidCostStructureException;

/**
 * What a cost structure must satisfy before it is stored. Fields missing from a request are named first; then the
 * structure is checked line by line as the calculator would (one stored line, one checked line, so the problem
 * names the line the person entered: {@code lines[2].unitPrice}).
 */
final class CostRules {

    private CostRules() {
    }

    /** Every problem with the product's fields; the lines' rules only once the fields are complete. */
    @SuppressWarnings("ConstantValue") // requests deserialised from JSON may leave any field null
    static List<FieldProblem> check(CostDraft draft) {
        var problems = new ArrayList<FieldProblem>();
        if (draft.regulation() == null) problems.add(FieldProblem.of("regulation", "field.required"));
        if (draft.factoryBasis() == null) problems.add(FieldProblem.of("factoryBasis", "field.required"));
        if (draft.bmpPercent() == null) problems.add(FieldProblem.of("bmpPercent", "field.required"));
        else if (draft.bmpPercent().signum() < 0) problems.add(FieldProblem.of("bmpPercent", "tkdn.error.bmpPercent"));
        if (draft.heatsFrom() == null) problems.add(FieldProblem.of("heatsFrom", "field.required"));
        if (draft.heatsTo() == null) problems.add(FieldProblem.of("heatsTo", "field.required"));
        if (draft.heatsFrom() != null && draft.heatsTo() != null && draft.heatsTo().isBefore(draft.heatsFrom())) {
            problems.add(FieldProblem.of("heatsTo", "tkdn.error.period"));
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            var line = draft.lines().get(i);
            String at = "lines[" + i + "].";
            if (line.item() == null) problems.add(FieldProblem.of(at + "item", "tkdn.error.item", i + 1));
            if (line.kind() == null) problems.add(FieldProblem.of(at + "kind", "tkdn.error.kind", i + 1));
            if (line.quantity() == null) problems.add(FieldProblem.of(at + "quantity", "tkdn.error.quantity", i + 1));
            if (line.unitPrice() == null) problems.add(FieldProblem.of(at + "unitPrice", "tkdn.error.unitPrice", i + 1));
            if (line.origin() == null) problems.add(FieldProblem.of(at + "origin", "tkdn.error.origin", i + 1));
            if (line.origin() == OriginKind.CERTIFIED && line.certifiedPercent() == null) {
                problems.add(FieldProblem.of(at + "certifiedPercent", "tkdn.error.certifiedPercent", i + 1));
            }
        }
        if (problems.isEmpty()) {
            structureProblem(draft).ifPresent(problems::add);
        }
        return problems;
    }

    private static java.util.Optional<FieldProblem> structureProblem(CostDraft draft) {
        try {
            var lines = draft.lines().stream().map(l -> new CostLine(l.item(), l.kind(), l.quantity(), l.unitPrice(),
                    l.origin().origin(l.certifiedPercent(), l.certificate()))).toList();
            new CostStructure("check", lines, draft.factoryBasis() == null ? FactoryBasis.OWN_FACTORY : draft.factoryBasis());
            return java.util.Optional.empty();
        } catch (InvalidCostStructureException e) {
            String field = e.line() > 0 ? "lines[" + (e.line() - 1) + "]." + e.field() : e.field();
            if (field.equals("lines[" + (e.line() - 1) + "].origin") && e.messageKey().equals("tkdn.error.certifiedPercent")) {
                field = "lines[" + (e.line() - 1) + "].certifiedPercent";
            }
            return java.util.Optional.of(FieldProblem.of(field, e.messageKey(), e.line()));
        }
    }
}
