package id.sentra.allocation.planning;

import java.util.Map;

/**
 * Improves a first plan of one piece by moving pieces of a line from one member (or from the unmet
 * pool) to another, best move first, until no move lowers the cost. The greedy fill is optimal for
 * the convex costs alone; the moves repair what minimum lots, whole pieces and shared capacity spoil.
 */
final class LocalSearch {

    /** Enough for every piece seen so far to settle; a cap so that a pathological case still ends. */
    private static final int MAX_MOVES = 5_000;
    private static final int UNMET = -1;
    private static final long INVALID = Long.MAX_VALUE;

    final PieceModel model;
    final int[][] q;
    final long[] used;
    private final int[] unmet;

    private LocalSearch(PieceModel model) {
        this.model = model;
        this.q = new int[model.members()][model.lines()];
        this.used = new long[model.members()];
        this.unmet = model.demand.clone();
    }

    /** Starts from the greedy quantities with the pins in place; what no longer fits goes to the unmet pool. */
    static LocalSearch start(PieceModel model, Map<String, Integer> greedy) {
        var search = new LocalSearch(model);
        for (int i = 0; i < model.members(); i++) {
            for (int l = 0; l < model.lines(); l++) {
                int wanted = model.pinned[i][l] != PieceModel.FREE ? model.pinned[i][l]
                        : greedy.getOrDefault(CpSatAllocation.key(model.members.get(i).memberId(), model.lines.get(l).key(), model.month), 0);
                search.q[i][l] = wanted;
            }
        }
        search.repair();
        return search;
    }

    private void repair() {
        for (int i = 0; i < model.members(); i++) {
            for (int l = 0; l < model.lines(); l++) {
                boolean fits = q[i][l] == 0 || q[i][l] >= model.lot[l] && q[i][l] <= model.cap[i][l];
                if (model.pinned[i][l] == PieceModel.FREE && (!fits || used[i] + (long) q[i][l] * model.grams[l] > model.freeGrams[i]
                        || q[i][l] > unmet[l])) {
                    q[i][l] = 0;
                }
                used[i] += (long) q[i][l] * model.grams[l];
                unmet[l] -= q[i][l];
            }
        }
    }

    /** Applies the best improving move until none is left. */
    LocalSearch improve() {
        var exchanges = new Exchanges(this);
        for (int moves = 0; moves < MAX_MOVES; moves++) {
            // Exchanges cost more to look for: only when no single move is left.
            if (!bestMove() && !exchanges.applyBest()) {
                break;
            }
        }
        return this;
    }

    private long bestDelta;
    private int bestLine;
    private int bestFrom;
    private int bestTo;
    private int bestPieces;
    private int bestFromUnmet;

    private boolean bestMove() {
        bestDelta = 0;
        bestFromUnmet = 0;
        for (int l = 0; l < model.lines(); l++) {
            for (int a = UNMET; a < model.members(); a++) {
                if (a == UNMET ? unmet[l] == 0 : q[a][l] == 0 || model.pinned[a][l] != PieceModel.FREE) {
                    continue;
                }
                for (int b = UNMET; b < model.members(); b++) {
                    if (b != a && (b == UNMET || model.cap[b][l] > 0 && model.pinned[b][l] == PieceModel.FREE)) {
                        tryPair(l, a, b);
                    }
                }
            }
        }
        if (bestDelta >= 0) {
            return false;
        }
        change(bestFrom, bestLine, -bestPieces);
        change(UNMET, bestLine, -bestFromUnmet);
        change(bestTo, bestLine, bestPieces + bestFromUnmet);
        return true;
    }

    /** Moves worth trying between two holders: whole holdings, down to or up to a lot, one piece, or up to a fair share. */
    private void tryPair(int l, int a, int b) {
        int held = a == UNMET ? unmet[l] : q[a][l];
        int lot = model.lot[l];
        int g = model.grams[l];
        consider(l, a, b, held);
        consider(l, a, b, 1);
        consider(l, a, b, lot);
        consider(l, a, b, held - lot);
        if (a != UNMET) {
            long over = used[a] - model.targetGrams[a];
            consider(l, a, b, (int) Math.floorDiv(over, g));
            consider(l, a, b, (int) Math.ceilDiv(over, g));
        }
        if (b != UNMET) {
            long under = model.targetGrams[b] - used[b];
            consider(l, a, b, (int) Math.floorDiv(under, g));
            consider(l, a, b, (int) Math.ceilDiv(under, g));
            long room = (model.freeGrams[b] - used[b]) / g;
            consider(l, a, b, (int) Math.min(room, model.cap[b][l] - q[b][l]));
            consider(l, a, b, lot - q[b][l]);
            if (a != UNMET && unmet[l] > 0) {
                // Unmet pieces too few for a lot of their own: the receiver takes them with some of another member's.
                considerWithUnmet(l, a, b, lot - q[b][l] - unmet[l]);
                considerWithUnmet(l, a, b, (int) Math.min(room, model.cap[b][l] - q[b][l]) - unmet[l]);
            }
        }
    }

    private void consider(int l, int a, int b, int pieces) {
        if (pieces > 0) {
            record(l, a, b, pieces, 0);
        }
    }

    private void considerWithUnmet(int l, int a, int b, int pieces) {
        if (pieces > 0) {
            record(l, a, b, pieces, unmet[l]);
        }
    }

    private void record(int l, int a, int b, int pieces, int fromUnmet) {
        long out = delta(a, l, -pieces);
        long in = out == INVALID ? INVALID : delta(b, l, pieces + fromUnmet);
        if (in == INVALID) {
            return;
        }
        long total = out + in - model.penalty * fromUnmet;
        if (total < bestDelta) {
            bestDelta = total;
            bestLine = l;
            bestFrom = a;
            bestTo = b;
            bestPieces = pieces;
            bestFromUnmet = fromUnmet;
        }
    }

    /** What changing a holder's pieces of a line costs, or {@link #INVALID} when the result breaks a lot, share or capacity. */
    private long delta(int holder, int l, int pieces) {
        if (holder == UNMET) {
            return unmet[l] + pieces < 0 ? INVALID : model.penalty * pieces;
        }
        int next = q[holder][l] + pieces;
        long nextUsed = used[holder] + (long) pieces * model.grams[l];
        if (next < 0 || next > 0 && (next < model.lot[l] || next > model.cap[holder][l]) || pieces > 0 && nextUsed > model.freeGrams[holder]) {
            return INVALID;
        }
        long target = model.targetGrams[holder];
        return model.cost[holder][l] * pieces + model.fairness * (Math.abs(nextUsed - target) - Math.abs(used[holder] - target));
    }

    void change(int holder, int l, int pieces) {
        if (holder == UNMET) {
            unmet[l] += pieces;
        } else {
            q[holder][l] += pieces;
            used[holder] += (long) pieces * model.grams[l];
        }
    }

    /** The plan's value in milli-rupiah: cost, fairness charge and the penalty on unmet pieces. */
    long value() {
        long value = 0;
        for (int i = 0; i < model.members(); i++) {
            value += model.memberCost(i, q[i]);
        }
        for (int l = 0; l < model.lines(); l++) {
            value += model.penalty * unmet[l];
        }
        return value;
    }

    int[][] quantities() {
        return q;
    }

    int unmet(int l) {
        return unmet[l];
    }
}
