package id.sentra.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.sentra.platform.FieldProblem;

/** What a round plan must satisfy before Sentra schedules it. */
final class RoundRules {

    private RoundRules() {
    }

    static List<FieldProblem> check(RoundPlan plan, Set<Long> invitable) {
        var problems = new ArrayList<FieldProblem>();
        if (plan.name() == null || plan.name().isBlank()) {
            problems.add(FieldProblem.of("name", "field.required"));
        }
        if (plan.slotCount() < 1 || plan.slotCount() > 24) {
            problems.add(FieldProblem.of("slotCount", "round.slotCount.range", 1, 24));
        }
        if (plan.slotMinutes() < 10 || plan.slotMinutes() > 120) {
            problems.add(FieldProblem.of("slotMinutes", "round.slotMinutes.range", 10, 120));
        }
        if (plan.rooms().isEmpty()) {
            problems.add(FieldProblem.of("rooms", "round.rooms.required"));
        }
        if (plan.buyers().isEmpty()) {
            problems.add(FieldProblem.of("buyers", "round.buyers.required"));
        }
        if (plan.memberIds().isEmpty()) {
            problems.add(FieldProblem.of("members", "round.members.required"));
        } else if (!invitable.containsAll(plan.memberIds())) {
            problems.add(FieldProblem.of("members", "round.members.outOfScope"));
        }
        return problems;
    }
}
