package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A good first plan for one material and month, for the local search (and the solver) to start from. Each member's cost is
 * convex in its quantity — its price, less the fairness weight up to its fair share, plus it
 * beyond — so filling the cheapest marginal segments first is optimal before minimum lots; lots
 * that end up too small are then dropped and refilled.
 */
final class GreedyHint {

    private GreedyHint() {
    }

    /** Pieces per member for each line of the piece, by {@link CpSatAllocation#key}. */
    static Map<String, Integer> of(AllocationProblem piece) {
        var month = piece.months().get(0);
        var targets = new HashMap<Long, Long>();
        FairShares.of(piece).forEach(s -> targets.merge(s.memberId(), s.targetGrams(), Long::sum));
        var usedGrams = new HashMap<Long, Long>();
        var lots = new HashMap<String, Integer>();
        for (var line : piece.lines()) {
            fill(piece, line, month, targets, usedGrams, lots);
        }
        return lots;
    }

    private static void fill(AllocationProblem piece, LineDemand line, YearMonth month, Map<Long, Long> targets,
                             Map<Long, Long> usedGrams, Map<String, Integer> hint) {
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
        repairLots(line, month, given, segments, left);
        given.forEach((member, pieces) -> {
            hint.put(CpSatAllocation.key(member, line.key(), month), pieces);
            usedGrams.merge(member, (long) pieces * line.gramsPerPiece(), Long::sum);
        });
    }

    /**
     * Quantities under the minimum lot go back to the pool. The pool is then placed piece by piece
     * where it costs least: on a member already producing, at its marginal cost (price plus the
     * fairness charge above its share), or by opening a new member at a full lot, at that lot's
     * average cost per piece.
     */
    private static void repairLots(LineDemand line, YearMonth month, Map<Long, Integer> given, List<Segment> segments, int unmet) {
        int lot = Math.max(1, Math.min(line.minLot(), line.maxPerMember(month)));
        int pool = unmet;
        for (var entry : List.copyOf(given.entrySet())) {
            if (entry.getValue() < lot) {
                pool += entry.getValue();
                given.remove(entry.getKey());
            }
        }
        var bySupplier = new HashMap<Long, List<Segment>>();
        segments.forEach(seg -> bySupplier.computeIfAbsent(seg.memberId(), k -> new ArrayList<>()).add(seg));
        while (pool > 0) {
            Long bestMember = null;
            int bestPieces = 0;
            double bestCost = Double.MAX_VALUE;
            for (var entry : bySupplier.entrySet()) {
                var parts = entry.getValue();
                int has = given.getOrDefault(entry.getKey(), 0);
                int room = parts.stream().mapToInt(Segment::pieces).sum() - has;
                if (room <= 0) {
                    continue;
                }
                if (has > 0) {
                    double marginal = has < parts.get(0).pieces() ? parts.get(0).slope() : parts.get(1).slope();
                    if (marginal < bestCost) {
                        bestCost = marginal;
                        bestMember = entry.getKey();
                        bestPieces = Math.min(pool, has < parts.get(0).pieces() ? parts.get(0).pieces() - has : room);
                    }
                } else if (pool >= lot && room >= lot) {
                    double average = averageCost(parts, lot);
                    if (average < bestCost) {
                        bestCost = average;
                        bestMember = entry.getKey();
                        bestPieces = lot;
                    }
                }
            }
            if (bestMember == null) {
                return;
            }
            given.merge(bestMember, bestPieces, Integer::sum);
            pool -= bestPieces;
        }
    }

    /** Average marginal cost of a member's first {@code pieces} pieces along its two segments. */
    private static double averageCost(List<Segment> parts, int pieces) {
        int first = Math.min(pieces, parts.get(0).pieces());
        return (first * parts.get(0).slope() + (pieces - first) * parts.get(1).slope()) / pieces;
    }

    private record Segment(long memberId, int pieces, double slope) {
    }
}
