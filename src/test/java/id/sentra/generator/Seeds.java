package id.sentra.generator;

import java.util.SplittableRandom;

/**
 * A random stream per entity, from the run's seed, a kind and the entity's number: what a member or contract
 * looks like never depends on what was generated before it, so the same seed and scale give the same data.
 */
record Seeds(long seed) {

    static final int CLUSTER = 1, COOPERATIVE = 2, MEMBER = 3, BUYER = 4, CONTRACT = 5, WORK_ORDER = 6, HEAT = 7, LOT = 8;

    SplittableRandom of(int kind, long id) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + id));
    }

    /** A number fixed by seed, kind and id, for yes-or-no facts asked again later (e.g. does a member cast ductile iron). */
    long hash(int kind, long id) {
        return mix(seed * 0x94D049BB133111EBL + kind * 31 + id) >>> 1;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
