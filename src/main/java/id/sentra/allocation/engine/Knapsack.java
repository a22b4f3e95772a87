package id.sentra.allocation.engine;

/** A 0-1 knapsack by dynamic programming over capacity, with tables kept between calls to avoid garbage. */
final class Knapsack {

    private final double[] best;
    private final boolean[][] take;

    Knapsack(int jobs, long maxCapacity) {
        this.best = new double[(int) maxCapacity + 1];
        this.take = new boolean[jobs][(int) maxCapacity + 1];
    }

    /** Packs the jobs of positive profit that fit the agent's capacity; marks them in {@code packed}, returns the profit. */
    double solve(double[] profit, int agent, GapProblem problem, boolean[] packed) {
        int capacity = (int) problem.capacity(agent);
        java.util.Arrays.fill(best, 0, capacity + 1, 0);
        int jobs = profit.length;
        for (int j = 0; j < jobs; j++) {
            boolean[] row = take[j];
            java.util.Arrays.fill(row, 0, capacity + 1, false);
            int size = (int) problem.size(agent, j);
            if (profit[j] <= 0 || size > capacity) {
                continue;
            }
            for (int c = capacity; c >= size; c--) {
                double with = best[c - size] + profit[j];
                if (with > best[c]) {
                    best[c] = with;
                    row[c] = true;
                }
            }
        }
        int c = capacity;
        for (int j = jobs - 1; j >= 0; j--) {
            packed[j] = take[j][c];
            if (packed[j]) {
                c -= (int) problem.size(agent, j);
            }
        }
        return best[capacity];
    }
}
