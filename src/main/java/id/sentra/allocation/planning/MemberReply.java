package id.sentra.allocation.planning;

/**
 * A member's cheapest reply to prices on the lines of a piece, for one set of lines it sets up:
 * exact in whole pieces for one line (its cost is convex in the quantity), and over fractional
 * pieces for several — a lower value, so the bound stays a bound.
 */
final class MemberReply {

    private MemberReply() {
    }

    /** Past this many quantities of the narrower line, two lines are relaxed to fractional pieces rather than walked. */
    private static final int MOST_QUANTITIES_WALKED = 64;

    /** One line: the cost is convex, so the best whole quantity is at the lot, the cap or either side of the fair share. */
    static double single(PieceModel model, int i, double[] mu, int l) {
        return single(model, i, mu, l, 0, 0);
    }

    /** One line beside grams already placed (and their cost), in whole pieces. */
    private static double single(PieceModel model, int i, double[] mu, int l, long placedGrams, double placedCost) {
        int g = model.grams[l];
        int pin = model.pinned[i][l];
        int low = pin > 0 ? pin : model.lot[l];
        int high = pin > 0 ? pin : (int) Math.min(model.cap[i][l], (model.freeGrams[i] - placedGrams) / g);
        if (low > high) {
            return Double.POSITIVE_INFINITY;
        }
        long target = model.targetGrams[i] - placedGrams;
        double best = Double.POSITIVE_INFINITY;
        for (long q : new long[] {low, high, Math.clamp(Math.floorDiv(target, g), low, high), Math.clamp(Math.floorDiv(target, g) + 1, low, high)}) {
            best = Math.min(best, placedCost + (model.cost[i][l] - mu[l]) * q + model.fairness * (double) Math.abs(q * g - target));
        }
        return best;
    }

    /**
     * Two lines in whole pieces: every quantity of the line with fewer choices, the other line's best
     * beside it. Returns NaN when that is too many quantities to walk.
     */
    static double pair(PieceModel model, int i, double[] mu, int set) {
        int first = Integer.numberOfTrailingZeros(set);
        int second = Integer.numberOfTrailingZeros(set & ~(1 << first));
        if (range(model, i, second) < range(model, i, first)) {
            int swap = first;
            first = second;
            second = swap;
        }
        if (range(model, i, first) > MOST_QUANTITIES_WALKED) {
            return Double.NaN;
        }
        int pin = model.pinned[i][first];
        int low = pin > 0 ? pin : model.lot[first];
        int high = pin > 0 ? pin : model.cap[i][first];
        double best = Double.POSITIVE_INFINITY;
        for (int q = low; q <= high; q++) {
            long grams = (long) q * model.grams[first];
            if (grams > model.freeGrams[i]) {
                break;
            }
            best = Math.min(best, single(model, i, mu, second, grams, (model.cost[i][first] - mu[first]) * q));
        }
        return best;
    }

    private static int range(PieceModel model, int i, int l) {
        return model.pinned[i][l] > 0 ? 1 : model.cap[i][l] - model.lot[l] + 1;
    }

    /**
     * Several lines, fractional pieces: from the lots up, grams are filled cheapest per gram first,
     * so the cost is convex and piecewise linear in the grams, and so is the fairness charge; the
     * least of their sum lies at a kink of one or the other.
     */
    static double continuous(PieceModel model, int i, double[] mu, int set, boolean withLots) {
        int m = model.lines();
        int[] order = new int[Integer.bitCount(set)];
        double[] low = new double[m];
        double[] high = new double[m];
        double baseGrams = 0;
        double baseCost = 0;
        int k = 0;
        for (int l = 0; l < m; l++) {
            if ((set & 1 << l) == 0) {
                continue;
            }
            int pin = model.pinned[i][l];
            low[l] = pin > 0 ? pin : withLots ? model.lot[l] : 0;
            high[l] = pin > 0 ? pin : model.cap[i][l];
            baseGrams += low[l] * model.grams[l];
            baseCost += low[l] * (model.cost[i][l] - mu[l]);
            order[k++] = l;
        }
        if (baseGrams > model.freeGrams[i]) {
            return Double.POSITIVE_INFINITY;
        }
        sortByCostPerGram(model, i, mu, order);
        double target = model.targetGrams[i];
        double grams = baseGrams;
        double cost = baseCost;
        double best = cost + model.fairness * Math.abs(grams - target);
        for (int l : order) {
            double slope = (model.cost[i][l] - mu[l]) / model.grams[l];
            double end = Math.min(model.freeGrams[i], grams + (high[l] - low[l]) * model.grams[l]);
            if (grams < target && target < end) {
                best = Math.min(best, cost + slope * (target - grams));
            }
            cost += slope * (end - grams);
            grams = end;
            best = Math.min(best, cost + model.fairness * Math.abs(grams - target));
        }
        return best;
    }

    private static void sortByCostPerGram(PieceModel model, int i, double[] mu, int[] order) {
        for (int a = 1; a < order.length; a++) {
            for (int b = a; b > 0 && perGram(model, i, mu, order[b]) < perGram(model, i, mu, order[b - 1]); b--) {
                int swap = order[b];
                order[b] = order[b - 1];
                order[b - 1] = swap;
            }
        }
    }

    private static double perGram(PieceModel model, int i, double[] mu, int l) {
        return (model.cost[i][l] - mu[l]) / model.grams[l];
    }
}
