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
    private static final int ROUNDS = 12;
    /** How far from its last value a line's price is searched after the first round, as a share of it. */
    private static final double NEARBY = 0.05;
    private static final double MILLI_RUPIAH = 1000;
    /** Past this many lines a member could set up, lots are relaxed instead of every set of lines tried: still a bound, a looser one. */
    private static final int MOST_LINES_ENUMERATED = 6;

    private final PieceModel model;
    private final double[] mu;
    private double best = Double.NEGATIVE_INFINITY;
    /** Where the search stands, so that a later {@link #raiseTo} goes on from there. */
    private int round;
    private int line;

    private LagrangianBound(PieceModel model) {
        this.model = model;
        this.mu = new double[model.lines()];
    }

    /**
     * The dual is concave in the prices: one line is searched by thirds, several lines one price at a
     * time in rounds. Every price gives a valid bound, so the best one seen is kept.
     */
    static double of(PieceModel model) {
        return of(model, Double.POSITIVE_INFINITY);
    }

    /** The same, ending as soon as the bound reaches {@code enough}: it then proves what it was asked to. */
    static double of(PieceModel model, double enough) {
        return searching(model).raiseTo(enough);
    }

    /** A search to raise step by step: each {@link #raiseTo} goes on from where the last one stopped. */
    static LagrangianBound searching(PieceModel model) {
        return new LagrangianBound(model);
    }

    /**
     * Searches on until the bound reaches {@code enough} or the rounds are spent, and returns the best
     * bound so far. The rounds are fixed, so the same input always ends at the same bound.
     */
    double raiseTo(double enough) {
        if (model.lines() == 1) {
            if (round++ == 0) {
                search(0, ITERATIONS, model.penalty);
            }
            return best;
        }
        while (round < ROUNDS && best < enough) {
            // After the first round the prices move little: later rounds search near them, in fewer steps.
            search(line, round == 0 ? ITERATIONS_PER_LINE : ITERATIONS_PER_LINE / 2,
                    round == 0 ? model.penalty : Math.abs(mu[line]) * NEARBY + MILLI_RUPIAH);
            if (++line == model.lines()) {
                line = 0;
                round++;
            }
        }
        return best;
    }

    private void search(int l, int iterations, double window) {
        double low = Math.max(-model.penalty, mu[l] - window);
        double high = Math.min(model.penalty, mu[l] + window);
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
                reply = Math.min(reply, reply(i, set));
            }
            if (set == 0) {
                break;
            }
        }
        return reply;
    }

    /** Whole pieces for one line, and for two when few enough quantities; fractional pieces otherwise, which can only bound lower. */
    private double reply(int i, int set) {
        int count = Integer.bitCount(set);
        if (count == 1) {
            return MemberReply.single(model, i, mu, Integer.numberOfTrailingZeros(set));
        }
        // Walking quantities pays only in a piece of two lines; with more, the rounds of prices multiply its cost.
        double exact = count == 2 && model.lines() == 2 ? MemberReply.pair(model, i, mu, set) : Double.NaN;
        return Double.isNaN(exact) ? MemberReply.continuous(model, i, mu, set, true) : exact;
    }
}
