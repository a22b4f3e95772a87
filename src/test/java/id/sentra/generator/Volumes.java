package id.sentra.generator;

/**
 * How much the generator writes at a scale, where 1.0 is the national case of issue 6: 9 clusters, 30,000 IKM,
 * 500 buyers, 20,000 contracts, 1,000,000 work orders, 5,000,000 heats and 5,000,000 lots. Clusters stay nine at
 * every scale; a cooperative holds about 150 members at full scale, never fewer than nine cooperatives.
 */
record Volumes(double scale, int clusters, int cooperatives, int members, int buyers, int contracts, long workOrders,
               long heats, long lots) {

    static Volumes at(double scale) {
        if (!(scale > 0 && scale <= 10)) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 10, not " + scale);
        }
        return new Volumes(scale, 9, (int) Math.max(9, Math.round(200 * scale)), (int) Math.max(20, Math.round(30_000 * scale)),
                (int) Math.max(5, Math.round(500 * scale)), (int) Math.max(5, Math.round(20_000 * scale)),
                Math.max(10, Math.round(1_000_000 * scale)), Math.max(50, Math.round(5_000_000 * scale)),
                Math.max(50, Math.round(5_000_000 * scale)));
    }

    /** The share of {@code total} that falls to item {@code index} of {@code items}, so that the shares sum to the total exactly. */
    static long share(long total, long items, long index) {
        return Math.floorDiv(total * (index + 1), items) - Math.floorDiv(total * index, items);
    }

    /** The first item of the share: the sum of the shares before {@code index}. */
    static long before(long total, long items, long index) {
        return Math.floorDiv(total * index, items);
    }
}
