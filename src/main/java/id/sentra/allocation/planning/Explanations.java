package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why each member got what it got. The rules read the plan against the constraints: a member
 * whose months are full, one held at the maximum share, one below the minimum lot, one dearer
 * than the members chosen, one not eligible and what it lacks.
 */
final class Explanations {

    private Explanations() {
    }

    static List<MemberPlan> explain(AllocationProblem problem, Solution solution) {
        var plans = new ArrayList<MemberPlan>();
        for (var supplier : problem.suppliers()) {
            var byLine = new LinkedHashMap<String, Integer>();
            long grams = 0;
            for (var a : solution.assignments()) {
                if (a.memberId() == supplier.memberId()) {
                    byLine.merge(a.lineKey(), a.pieces(), Integer::sum);
                    grams += (long) a.pieces() * line(problem, a.lineKey()).gramsPerPiece();
                }
            }
            long capacityKg = problem.lines().stream().map(LineDemand::material).distinct()
                    .mapToLong(m -> supplier.kgPerMonth().getOrDefault(m, 0L)).sum() * problem.months().size();
            plans.add(new MemberPlan(supplier.memberId(), supplier.name(), byLine, grams / 1000,
                    capacityKg == 0 ? 0 : Math.round(100.0 * grams / 1000 / capacityKg), reasons(problem, solution, supplier, byLine)));
        }
        plans.sort((a, b) -> Long.compare(b.kg(), a.kg()));
        return plans;
    }

    private static List<Because> reasons(AllocationProblem problem, Solution solution, Supplier supplier, Map<String, Integer> byLine) {
        var why = new ArrayList<Because>();
        for (var line : problem.lines()) {
            var offer = supplier.offers().get(line.key());
            if (offer == null) {
                why.add(Because.of("alloc.why.notEligible", line.label(),
                        String.join(", ", supplier.lacks().getOrDefault(line.key(), List.of()))));
                continue;
            }
            int got = byLine.getOrDefault(line.key(), 0);
            var atMaxShare = problem.months().stream().filter(m -> line.maxPerMember(m) > 0
                    && pieces(solution, supplier.memberId(), line.key(), m) >= line.maxPerMember(m)).count();
            var full = problem.months().stream().filter(m -> isFull(problem, solution, supplier, line, m)).count();
            if (got > 0) {
                why.add(Because.of("alloc.why.got", line.label(), got, offer.costPerPiece()));
            }
            if (atMaxShare > 0) {
                why.add(Because.of("alloc.why.maxShare", line.label(), Math.round(line.maxShare() * 100), atMaxShare));
            }
            if (full > 0) {
                why.add(Because.of("alloc.why.capacityFull", full));
            }
            if (got == 0 && full == 0) {
                why.add(notChosen(problem, solution, supplier, line, offer));
            }
        }
        return why;
    }

    private static Because notChosen(AllocationProblem problem, Solution solution, Supplier supplier, LineDemand line,
                                     Supplier.Offer offer) {
        long freeGrams = problem.months().stream().mapToLong(m -> supplier.freeKg(line.material(), m)).max().orElse(0) * 1000;
        if ((long) line.minLot() * line.gramsPerPiece() > freeGrams) {
            return Because.of("alloc.why.belowMinLot", line.label(), line.minLot(), freeGrams / 1000);
        }
        long dearestChosen = solution.assignments().stream().filter(a -> a.lineKey().equals(line.key()))
                .mapToLong(a -> costOf(problem, a.memberId(), line.key())).max().orElse(Long.MAX_VALUE);
        return offer.costPerPiece() > dearestChosen
                ? Because.of("alloc.why.costlier", line.label(), offer.costPerPiece(), dearestChosen)
                : Because.of("alloc.why.notNeeded", line.label());
    }

    private static boolean isFull(AllocationProblem problem, Solution solution, Supplier supplier, LineDemand line, YearMonth month) {
        long used = problem.lines().stream().filter(l -> l.material() == line.material())
                .mapToLong(l -> (long) pieces(solution, supplier.memberId(), l.key(), month) * l.gramsPerPiece()).sum();
        long free = supplier.freeKg(line.material(), month) * 1000;
        return free > 0 && free - used < line.gramsPerPiece() && line.piecesIn(month) > 0;
    }

    static int pieces(Solution solution, long memberId, String lineKey, YearMonth month) {
        return solution.assignments().stream()
                .filter(a -> a.memberId() == memberId && a.lineKey().equals(lineKey) && a.month().equals(month))
                .mapToInt(Assignment::pieces).sum();
    }

    private static long costOf(AllocationProblem problem, long memberId, String lineKey) {
        return problem.suppliers().stream().filter(s -> s.memberId() == memberId).findFirst()
                .map(s -> s.offers().get(lineKey).costPerPiece()).orElse(0L);
    }

    static LineDemand line(AllocationProblem problem, String key) {
        return problem.lines().stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }
}
