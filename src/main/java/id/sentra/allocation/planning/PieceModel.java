package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * One material and month in arrays — the members eligible for any of its lines, and the lines — so
 * that the local search and the bound read costs and limits by index instead of through maps. Money
 * is in milli-rupiah, as in the CP-SAT model, so that both value a plan to the same unit.
 */
final class PieceModel {

    static final int FREE = -1;

    final AllocationProblem piece;
    final YearMonth month;
    final List<LineDemand> lines;
    final List<Supplier> members;
    /** Milli-rupiah per piece; negative where the member is not eligible for the line. */
    final long[][] cost;
    /** Most pieces of a line one member may make: the maximum share; 0 where it may make none. */
    final int[][] cap;
    /** Pieces the operator pinned, or {@link #FREE}. */
    final int[][] pinned;
    final int[] lot;
    final int[] grams;
    final int[] demand;
    final long[] freeGrams;
    final long[] targetGrams;
    /** Milli-rupiah per gram away from the fair share (the same number as rupiah per kilogram). */
    final long fairness;
    /** Milli-rupiah per unmet piece. */
    final long penalty;

    PieceModel(AllocationProblem piece) {
        this.piece = piece;
        this.month = piece.months().get(0);
        this.lines = piece.lines();
        this.members = piece.suppliers().stream().filter(s -> lines.stream().anyMatch(l -> s.offers().containsKey(l.key()))).toList();
        int n = members.size();
        int m = lines.size();
        cost = new long[n][m];
        cap = new int[n][m];
        pinned = new int[n][m];
        lot = new int[m];
        grams = new int[m];
        demand = new int[m];
        freeGrams = new long[n];
        targetGrams = new long[n];
        fairness = piece.fairnessRupiahPerKg();
        penalty = CpSatAllocation.shortfallPenaltyMilli(piece);
        for (int l = 0; l < m; l++) {
            var line = lines.get(l);
            lot[l] = Math.max(1, line.minLot());
            grams[l] = line.gramsPerPiece();
            demand[l] = line.piecesIn(month);
        }
        var targets = new HashMap<Long, Long>();
        FairShares.of(piece).forEach(s -> targets.merge(s.memberId(), s.targetGrams(), Long::sum));
        for (int i = 0; i < n; i++) {
            fill(i, targets.getOrDefault(members.get(i).memberId(), 0L));
        }
    }

    private void fill(int i, long target) {
        var supplier = members.get(i);
        freeGrams[i] = supplier.freeKg(lines.get(0).material(), month) * 1000;
        targetGrams[i] = target;
        for (int l = 0; l < lines.size(); l++) {
            var line = lines.get(l);
            var offer = supplier.offers().get(line.key());
            int maxPer = line.maxPerMember(month);
            cost[i][l] = offer == null ? -1 : offer.costPerPiece() * 1000;
            // A lot larger than the maximum share cannot be made at all (as in the CP-SAT model).
            cap[i][l] = offer == null || line.minLot() > maxPer ? 0 : maxPer;
            pinned[i][l] = FREE;
        }
    }

    int members() {
        return members.size();
    }

    int lines() {
        return lines.size();
    }

    /**
     * Whether every pin can be held: an eligible member, a quantity within the lot and the share,
     * the member's capacity and the line's demand. A pin that cannot is left to CP-SAT, which proves
     * the plan infeasible.
     */
    boolean placePins() {
        var pinnedPieces = new int[lines()];
        var pinnedGrams = new long[members()];
        for (var pin : piece.pins()) {
            int i = memberIndex(pin.memberId());
            int l = lineIndex(pin.lineKey());
            if (i < 0 || l < 0) {
                return false;
            }
            if (pin.pieces() > 0 && (cost[i][l] < 0 || pin.pieces() < lot[l] || pin.pieces() > cap[i][l]) || pinned[i][l] != FREE) {
                return false;
            }
            pinned[i][l] = pin.pieces();
            pinnedPieces[l] += pin.pieces();
            pinnedGrams[i] += (long) pin.pieces() * grams[l];
        }
        for (int l = 0; l < lines(); l++) {
            if (pinnedPieces[l] > demand[l]) {
                return false;
            }
        }
        for (int i = 0; i < members(); i++) {
            if (pinnedGrams[i] > freeGrams[i]) {
                return false;
            }
        }
        return true;
    }

    /** A member's cost of making these pieces of each line: the price, plus the fairness charge on grams away from its share. */
    long memberCost(int i, int[] pieces) {
        long value = 0;
        long used = 0;
        for (int l = 0; l < lines(); l++) {
            value += cost[i][l] * pieces[l];
            used += (long) pieces[l] * grams[l];
        }
        return value + fairness * Math.abs(used - targetGrams[i]);
    }

    List<Assignment> assignments(int[][] q) {
        var list = new ArrayList<Assignment>();
        for (int i = 0; i < members(); i++) {
            for (int l = 0; l < lines(); l++) {
                if (q[i][l] > 0) {
                    list.add(new Assignment(members.get(i).memberId(), lines.get(l).key(), month, q[i][l]));
                }
            }
        }
        return list;
    }

    int memberIndex(long memberId) {
        for (int i = 0; i < members(); i++) {
            if (members.get(i).memberId() == memberId) {
                return i;
            }
        }
        return -1;
    }

    int lineIndex(String key) {
        for (int l = 0; l < lines(); l++) {
            if (lines.get(l).key().equals(key)) {
                return l;
            }
        }
        return -1;
    }
}
