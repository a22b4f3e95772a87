package id.sentra.allocation.planning;

/**
 * Two members trade pieces of two lines of one material: one gives some of a line, the other gives
 * back some of another line, each keeping its kilograms near where they were. Single moves cannot
 * get there when the half-way plan breaks a lot or a capacity, or charges fairness it then gives back.
 */
final class Exchanges {

    private static final long INVALID = Long.MAX_VALUE;

    private final LocalSearch search;
    private final PieceModel model;
    private long bestDelta;
    private final int[] best = new int[6];

    Exchanges(LocalSearch search) {
        this.search = search;
        this.model = search.model;
    }

    /** Applies the best improving exchange, if any. */
    boolean applyBest() {
        if (model.lines() < 2) {
            return false;
        }
        bestDelta = 0;
        for (int a = 0; a < model.members(); a++) {
            for (int b = 0; b < model.members(); b++) {
                if (a == b) {
                    continue;
                }
                for (int l = 0; l < model.lines(); l++) {
                    if (search.q[a][l] == 0 || !free(a, l) || !free(b, l) || model.cap[b][l] == 0) {
                        continue;
                    }
                    for (int k = 0; k < model.lines(); k++) {
                        if (k != l && search.q[b][k] > 0 && free(a, k) && free(b, k) && model.cap[a][k] > 0) {
                            tryLines(a, b, l, k);
                        }
                    }
                }
            }
        }
        if (bestDelta >= 0) {
            return false;
        }
        search.change(best[0], best[2], -best[4]);
        search.change(best[1], best[2], best[4]);
        search.change(best[1], best[3], -best[5]);
        search.change(best[0], best[3], best[5]);
        return true;
    }

    private boolean free(int i, int l) {
        return model.pinned[i][l] == PieceModel.FREE;
    }

    /** Member a gives x of line l to b; b gives y of line k to a: whole holdings, lots, or y balancing x's grams. */
    private void tryLines(int a, int b, int l, int k) {
        int heldA = search.q[a][l];
        int heldB = search.q[b][k];
        int[] xs = {heldA, model.lot[l], heldA - model.lot[l], model.lot[l] - search.q[b][l]};
        for (int x : xs) {
            if (x <= 0 || x > heldA) {
                continue;
            }
            long grams = (long) x * model.grams[l];
            int[] ys = {heldB, model.lot[k], heldB - model.lot[k], model.lot[k] - search.q[a][k],
                (int) (grams / model.grams[k]), (int) Math.ceilDiv(grams, model.grams[k])};
            for (int y : ys) {
                if (y > 0 && y <= heldB) {
                    consider(a, b, l, k, x, y);
                }
            }
        }
    }

    private void consider(int a, int b, int l, int k, int x, int y) {
        long out = delta(a, l, -x, k, y);
        long in = out == INVALID ? INVALID : delta(b, l, x, k, -y);
        if (in != INVALID && out + in < bestDelta) {
            bestDelta = out + in;
            best[0] = a;
            best[1] = b;
            best[2] = l;
            best[3] = k;
            best[4] = x;
            best[5] = y;
        }
    }

    /** What changing a member's pieces of two lines costs, or {@link #INVALID} when a lot, share or capacity breaks. */
    private long delta(int i, int l, int pl, int k, int pk) {
        if (!fits(i, l, search.q[i][l] + pl) || !fits(i, k, search.q[i][k] + pk)) {
            return INVALID;
        }
        long used = search.used[i];
        long next = used + (long) pl * model.grams[l] + (long) pk * model.grams[k];
        if (next > model.freeGrams[i] && next > used) {
            return INVALID;
        }
        long target = model.targetGrams[i];
        return model.cost[i][l] * pl + model.cost[i][k] * pk + model.fairness * (Math.abs(next - target) - Math.abs(used - target));
    }

    private boolean fits(int i, int l, int pieces) {
        return pieces == 0 || pieces >= model.lot[l] && pieces <= model.cap[i][l];
    }
}
