package id.sentra.allocation.planning;

import java.util.HashMap;

/**
 * A lower bound on the best plan for one line and month, in rupiah. Pricing the demand constraint
 * at μ per piece lets each member choose its quantity alone — nothing, or anything from its
 * minimum lot to its cap — and the best μ gives the bound. With many members the bound sits
 * within a fraction of a percent of the optimum, so a greedy plan near it needs no solver.
 */
final class LagrangianBound {

    private static final int ITERATIONS = 100;

    private LagrangianBound() {
    }

    static double of(AllocationProblem piece, double shortfallPenalty) {
        var line = piece.lines().get(0);
        var month = piece.months().get(0);
        var targets = new HashMap<Long, Long>();
        FairShares.of(piece).forEach(s -> targets.merge(s.memberId(), s.targetGrams(), Long::sum));
        var members = piece.suppliers().stream().filter(s -> s.offers().containsKey(line.key()))
                .map(s -> {
                    int cap = (int) Math.min(line.maxPerMember(month), s.freeKg(line.material(), month) * 1000 / line.gramsPerPiece());
                    return new Member(s.offers().get(line.key()).costPerPiece(), line.gramsPerPiece(),
                            targets.getOrDefault(s.memberId(), 0L), Math.min(line.minLot(), cap), cap,
                            piece.fairnessRupiahPerKg() / 1000.0);
                }).toList();
        int demand = line.piecesIn(month);
        double low = -shortfallPenalty;
        double high = shortfallPenalty;
        for (int i = 0; i < ITERATIONS; i++) {
            double a = low + (high - low) / 3;
            double b = high - (high - low) / 3;
            if (dual(members, demand, shortfallPenalty, a) < dual(members, demand, shortfallPenalty, b)) {
                low = a;
            } else {
                high = b;
            }
        }
        return dual(members, demand, shortfallPenalty, (low + high) / 2);
    }

    /** The dual function: every member's best reply to the price μ, plus μ times the demand. */
    private static double dual(java.util.List<Member> members, int demand, double penalty, double mu) {
        double value = mu * demand + Math.min(0, penalty - mu) * demand;
        for (var m : members) {
            value += m.bestReply(mu);
        }
        return value;
    }

    /** A member's cost of making q pieces: its price, plus the fairness charge on grams away from its share. */
    private record Member(long costPerPiece, int grams, long targetGrams, int lot, int cap, double fairnessPerGram) {

        double cost(int q) {
            return (double) costPerPiece * q + fairnessPerGram * Math.abs((long) q * grams - targetGrams);
        }

        double bestReply(double mu) {
            double best = cost(0);
            if (cap <= 0 || lot > cap) {
                return best;
            }
            int kink = (int) Math.clamp(targetGrams / grams, lot, cap);
            for (int q : new int[] {lot, cap, kink, Math.min(cap, kink + 1)}) {
                best = Math.min(best, cost(q) - mu * q);
            }
            return best;
        }
    }
}
