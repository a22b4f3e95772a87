package id.sentra.matching;

import java.util.Arrays;
import java.util.Map;

/**
 * One ranking over a table's members, column by column: the members meeting every hard condition as the intersection
 * of the conditions' bit sets (capacity tested only on the survivors), how many members fail each condition (bit
 * counts), and the score of each eligible member in tenths of a point, from primitive columns. Slots are in the
 * table's order (legal name, then id), so equal scores keep that order by slot.
 */
final class RankingPass {

    private final int size;
    private final long[] eligible;
    private final int[] slots;
    private final int[] tenths;
    private final long[] failures;

    private RankingPass(int size, long[] eligible, int[] slots, int[] tenths, long[] failures) {
        this.size = size;
        this.eligible = eligible;
        this.slots = slots;
        this.tenths = tenths;
        this.failures = failures;
    }

    static RankingPass over(MemberColumns columns, Eligibility eligibility, Requirement need, Map<Long, Double> levels, Map<Long, SupplierRecord> history) {
        int n = columns.size();
        var conditions = eligibility.bitSets(columns);
        var failures = new long[conditions.size() + 1];
        var met = new long[MemberColumns.words(n)];
        Arrays.fill(met, -1L);
        for (int k = 0; k < conditions.size(); k++) {
            var bits = conditions.get(k);
            long holding = 0;
            for (int w = 0; w < met.length; w++) {
                met[w] &= bits[w];
                holding += Long.bitCount(bits[w]);
            }
            failures[k] = n - holding;
        }
        long[] kg = columns.kgPerMonth(need.material());
        long needKg = need.kgPerMonth();
        long short_ = 0;
        for (int i = 0; i < n; i++) {
            if (kg[i] < needKg) {
                short_++;
                met[i >>> 6] &= ~(1L << i);
            }
        }
        failures[conditions.size()] = short_;
        if (met.length > 0 && (n & 63) != 0) {
            met[met.length - 1] &= (1L << n) - 1;
        }
        return scored(n, met, failures, columns, need, levels, history);
    }

    private static RankingPass scored(int n, long[] met, long[] failures, MemberColumns columns, Requirement need,
                                      Map<Long, Double> levels, Map<Long, SupplierRecord> history) {
        int count = 0;
        for (long word : met) {
            count += Long.bitCount(word);
        }
        var slots = new int[count];
        var tenths = new int[count];
        if (count > 0) {
            long[] kg = columns.kgPerMonth(need.material());
            long needKg = need.kgPerMonth();
            double[] near = columns.nearness(need.deliveryPoint());
            double unknown = CandidateScoring.nearness(Double.NaN);
            double[][] record = columns.recordValues(history);
            double[] price = columns.priceValues(need.material(), levels);
            int k = 0;
            for (int i = nextSet(met, 0, n); i >= 0; i = nextSet(met, i + 1, n)) {
                slots[k] = i;
                tenths[k++] = Math.toIntExact(CandidateScoring.tenths(CandidateScoring.headroom(kg[i], needKg),
                        near == null ? unknown : near[i], record[0][i], record[1][i], price[i]));
            }
        }
        return new RankingPass(n, met, slots, tenths, failures);
    }

    /** How many members meet every condition. */
    int eligible() {
        return slots.length;
    }

    /** Members failing each condition, in the order of {@link Eligibility}'s conditions. */
    long[] failures() {
        return failures;
    }

    /** The next slot from {@code from} on whose member is not eligible, or -1. */
    int nextNotEligible(int from) {
        for (int i = from; i < size; i++) {
            if ((eligible[i >>> 6] & 1L << i) == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The slots of the best {@code count} eligible members, best score first, equal scores in slot order. Scores are
     * whole tenths in a narrow range: a count per score finds the lowest score that makes the cut, so only the members
     * above it are sorted.
     */
    int[] best(int count) {
        int m = slots.length;
        count = Math.min(count, m);
        if (count <= 0) {
            return new int[0];
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int t : tenths) {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        var perScore = new int[max - min + 1];
        for (int t : tenths) {
            perScore[t - min]++;
        }
        int cut = max;
        for (int above = perScore[max - min]; above < count; above += perScore[cut - min]) {
            cut--;
        }
        var keys = new long[count];
        int taken = 0;
        int atCut = count;
        for (int t = cut + 1; t <= max; t++) {
            atCut -= perScore[t - min];
        }
        for (int k = 0; k < m && taken < count; k++) {
            int t = tenths[k];
            if (t > cut || (t == cut && atCut-- > 0)) {
                keys[taken++] = (long) (max - t) << 32 | slots[k];
            }
        }
        Arrays.sort(keys);
        var best = new int[count];
        for (int k = 0; k < count; k++) {
            best[k] = (int) keys[k];
        }
        return best;
    }

    private static int nextSet(long[] bits, int from, int n) {
        if (from >= n) {
            return -1;
        }
        int w = from >>> 6;
        long word = bits[w] & (-1L << from);
        while (word == 0) {
            if (++w >= bits.length) {
                return -1;
            }
            word = bits[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(word);
    }
}
