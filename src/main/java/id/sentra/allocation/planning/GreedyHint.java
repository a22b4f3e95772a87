package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A good first plan for one material and month, to start the solver from. Each member's cost is
 * convex in its quantity — its price, less the fairness weight up to its fair share, plus it
 * beyond — so filling the cheapest marginal segments first is optimal before minimum lots; lots
 * that end up too small are then dropped and refilled.
 */
final class GreedyHint {

    private GreedyHint() {
    }

    /** Pieces per member for each line of the piece, by {@link CpSatAllocation#key}. */
    static Map<String, Integer> of(AllocationProblem piece) {
        return solve(piece).lots();
    }

    /**
     * The greedy plan with lots repaired, and the plan before repair. For a piece of one line the
     * plan before repair is the optimum without minimum lots, so its objective bounds the true optimum.
     */
    static Result solve(AllocationProblem piece) {
        var month = piece.months().get(0);
        var targets = new HashMap<Long, Long>();
        FairShares.of(piece).forEach(s -> targets.merge(s.memberId(), s.targetGrams(), Long::sum));
        var usedGrams = new HashMap<Long, Long>();
        var lots = new HashMap<String, Integer>();
        var relaxed = new HashMap<String, Integer>();
        for (var line : piece.lines()) {
            fill(piece, line, month, targets, usedGrams, lots, relaxed);
        }
        return new Result(lots, relaxed);
    }

    /** Pieces by member, line and month: with lots repaired, and before. */
    record Result(Map<String, Integer> lots, Map<String, Integer> relaxed) {
    }

    private static void fill(AllocationProblem piece, LineDemand line, YearMonth month, Map<Long, Long> targets,
                             Map<Long, Long> usedGrams, Map<String, Integer> hint, Map<String, Integer> relaxed) {
        int need = line.piecesIn(month);
        var segments = new ArrayList<Segment>();
        for (var supplier : piece.suppliers()) {
            var offer = supplier.offers().get(line.key());
            if (offer == null) {
                continue;
            }
            long freeGrams = supplier.freeKg(line.material(), month) * 1000 - usedGrams.getOrDefault(supplier.memberId(), 0L);
            int cap = (int) Math.min(line.maxPerMember(month), Math.max(0, freeGrams / line.gramsPerPiece()));
            int fair = (int) Math.min(cap, Math.max(0, (targets.getOrDefault(supplier.memberId(), 0L)
                    - usedGrams.getOrDefault(supplier.memberId(), 0L)) / line.gramsPerPiece()));
            double weight = piece.fairnessRupiahPerKg() * line.gramsPerPiece() / 1000.0;
            segments.add(new Segment(supplier.memberId(), fair, offer.costPerPiece() - weight));
            segments.add(new Segment(supplier.memberId(), cap - fair, offer.costPerPiece() + weight));
        }
        segments.sort(Comparator.comparingDouble(Segment::slope).thenComparingLong(Segment::memberId));
        var given = new HashMap<Long, Integer>();
        int left = need;
        for (var segment : segments) {
            int take = Math.min(left, segment.pieces());
            if (take > 0) {
                given.merge(segment.memberId(), take, Integer::sum);
                left -= take;
            }
        }
        given.forEach((member, pieces) -> relaxed.put(CpSatAllocation.key(member, line.key(), month), pieces));
        repairLots(line, month, given, segments, left);
        given.forEach((member, pieces) -> {
            hint.put(CpSatAllocation.key(member, line.key(), month), pieces);
            usedGrams.merge(member, (long) pieces * line.gramsPerPiece(), Long::sum);
        });
    }

    /**
     * Quantities under the minimum lot go back to the pool. The pool then tops up members already
     * producing, cheapest first, and opens new members at a full lot while a lot's worth is left.
     */
    private static void repairLots(LineDemand line, YearMonth month, Map<Long, Integer> given, List<Segment> segments, int unmet) {
        int lot = Math.min(line.minLot(), line.maxPerMember(month));
        int pool = unmet;
        for (var entry : List.copyOf(given.entrySet())) {
            if (entry.getValue() < lot) {
                pool += entry.getValue();
                given.remove(entry.getKey());
            }
        }
        var room = new HashMap<Long, Integer>();
        var cheapest = new java.util.LinkedHashMap<Long, Double>();
        segments.forEach(s -> {
            room.merge(s.memberId(), s.pieces(), Integer::sum);
            cheapest.putIfAbsent(s.memberId(), s.slope());
        });
        var order = new ArrayList<>(cheapest.keySet());
        order.sort(Comparator.comparingDouble((Long m) -> cheapest.get(m)).thenComparingLong(m -> m));
        for (var member : order) {
            if (pool == 0) {
                break;
            }
            int has = given.getOrDefault(member, 0);
            int space = room.get(member) - has;
            if (has == 0 && (pool < lot || space < lot)) {
                continue;
            }
            int more = Math.min(pool, space);
            if (more > 0) {
                given.put(member, has + more);
                pool -= more;
            }
        }
    }

    private record Segment(long memberId, int pieces, double slope) {
    }
}
