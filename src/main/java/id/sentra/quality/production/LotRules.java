package id.sentra.quality.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.sentra.platform.FieldProblem;
import id.sentra.registry.MaterialFamily;

/**
 * What a lot must satisfy: a day, good pieces above zero that keep the order's lots within its
 * pieces, scrap counts above zero, and heats that are the member's own and of the order's material.
 */
final class LotRules {

    private LotRules() {
    }

    /** The work order a lot is for, as far as the rules need it. */
    record Order(long memberId, MaterialFamily material, int pieces, int alreadyMade) {
    }

    static List<FieldProblem> check(LotDraft draft, Order order, List<Heat> heats, GradeFamilies grades) {
        var problems = new ArrayList<FieldProblem>();
        if (draft.madeOn() == null) {
            problems.add(FieldProblem.of("madeOn", "field.required"));
        }
        Integer made = draft.quantityMade();
        if (made == null || made <= 0) {
            problems.add(FieldProblem.of("quantityMade", "field.positive"));
        } else if (order.alreadyMade() + made > order.pieces()) {
            problems.add(FieldProblem.of("quantityMade", "lot.quantity.exceeds",
                    Math.max(0, order.pieces() - order.alreadyMade()), order.pieces()));
        }
        draft.scrapped().forEach((defect, pieces) -> {
            if (pieces == null || pieces < 0) {
                problems.add(FieldProblem.of("scrapped[" + defect.name() + "]", "lot.scrap.negative"));
            }
        });
        problems.addAll(heats(draft, order, heats, grades));
        return problems;
    }

    private static List<FieldProblem> heats(LotDraft draft, Order order, List<Heat> heats, GradeFamilies grades) {
        var problems = new ArrayList<FieldProblem>();
        if (draft.heatIds().isEmpty()) {
            problems.add(FieldProblem.of("heatIds", "lot.heats.required"));
        }
        Map<Long, Heat> byId = heats.stream().collect(Collectors.toMap(h -> h.getId(), Function.identity()));
        for (long heatId : draft.heatIds()) {
            var heat = byId.get(heatId);
            if (heat == null || heat.memberId() != order.memberId()) {
                problems.add(FieldProblem.of("heatIds", "lot.heat.notOwn", heatId));
            } else if (!grades.fits(heat.gradeCode(), order.material())) {
                problems.add(FieldProblem.of("heatIds", "lot.heat.grade", heat.heatNumber(), heat.gradeCode()));
            }
        }
        return problems;
    }
}
