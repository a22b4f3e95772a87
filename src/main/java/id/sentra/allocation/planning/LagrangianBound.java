package id.sentra.allocation.planning;

/**
 * A lower bound on the best plan for one material and month, in milli-rupiah. Pricing each line's
 * demand at μ per piece lets every member choose its quantities alone — for each set of lines it
 * sets up, anything from the lots to the caps within its capacity — and the best prices give the
 * bound. With many members it sits within a fraction of a percent of the optimum, so a plan near it
 * needs no solver.
 */
final class LagrangianBound {

    private static final int ITERATIONS = 100;
    private static final int ITERATIONS_PER_LINE = 50;
    private static final int ROUNDS = 4;
    /** Past this many lines a member could set up, lots are relaxed instead of every set of lines tried: still a bound, a looser one. */
    private static final int MOST_LINES_ENUMERATED = 6;

    private final PieceModel model;
    private final double[] mu;
    private double best = Double.NEGATIVE_INFINITY;

    private LagrangianBound(PieceModel model) {
        this.model = model;
        this.mu = new double[model.lines()];
    }

    /**
     * The dual is concave in the prices: one line is searched by thirds, several lines one price at a
     * time in rounds. Every price gives a valid bound, so the best one seen is kept.
     */
    static double of(PieceModel model) {
        var bound = new LagrangianBound(model);
        int rounds = model.lines() == 1 ? 1 : ROUNDS;
        int iterations = model.lines() == 1 ? ITERATIONS : ITERATIONS_PER_LINE;
        for (int round = 0; round < rounds; round++) {
            for (int l = 0; l < model.lines(); l++) {
                bound.search(l, iterations);
            }
        }
        return bound.best;
    }

    private void search(int l, int iterations) {
        double low = -model.penalty;
        double high = model.penalty;
        double bestHere = dualAt(l, mu[l]);
        double bestPrice = mu[l];
        for (int i = 0; i < iterations; i++) {
            double a = low + (high - low) / 3;
            double b = high - (high - low) / 3;
            double atA = dualAt(l, a);
            double atB = dualAt(l, b);
            if (Math.max(atA, atB) > bestHere) {
                bestHere = Math.max(atA, atB);
                bestPrice = atA >= atB ? a : b;
            }
            if (atA < atB) {
                low = a;
            } else {
                high = b;
            }
        }
        // The next lines are searched at the best price found for this one.
        mu[l] = bestPrice;
    }

    private double dualAt(int l, double price) {
        double saved = mu[l];
        mu[l] = price;
        double value = dual();
        best = Math.max(best, value);
        mu[l] = saved;
        return value;
    }

    /** Every member's best reply to the prices, plus each line's demand at its price (or its unmet pieces at the penalty). */
    private double dual() {
        double value = 0;
        for (int l = 0; l < model.lines(); l++) {
            value += mu[l] * model.demand[l] + Math.min(0, model.penalty - mu[l]) * model.demand[l];
        }
        for (int i = 0; i < model.members(); i++) {
            value += bestReply(i);
        }
        return value;
    }

    private double bestReply(int i) {
        int m = model.lines();
        int open = 0;
        int required = 0;
        for (int l = 0; l < m; l++) {
            int pin = model.pinned[i][l];
            if (pin > 0 || pin == PieceModel.FREE && model.cap[i][l] >= model.lot[l]) {
                open |= 1 << l;
            }
            if (pin > 0) {
                required |= 1 << l;
            }
        }
        if (Integer.bitCount(open) > MOST_LINES_ENUMERATED) {
            return MemberReply.continuous(model, i, mu, open, false);
        }
        double reply = Double.POSITIVE_INFINITY;
        // Every set of lines the member could set up, the pinned ones always among them.
        for (int set = open; ; set = (set - 1) & open) {
            if ((set & required) == required) {
                reply = Math.min(reply, Integer.bitCount(set) == 1
                        ? MemberReply.single(model, i, mu, Integer.numberOfTrailingZeros(set))
                        : MemberReply.continuous(model, i, mu, set, true));
            }
            if (set == 0) {
                break;
            }
        }
        return reply;
    }
}
