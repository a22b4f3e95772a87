package id.sentra.demo;

import java.util.Arrays;
import java.util.Random;

/**
 * Spreads a cluster's workforce over its members the way foundry clusters look: half employ 10–22
 * people, a few up to about 80, and the total comes out exactly as the articles give it.
 */
final class Workforces {

    static final int MIN = 5;
    static final int MAX = 85;

    private Workforces() {
    }

    static int[] spread(Random random, int members, int total) {
        if (total < members * MIN || total > members * MAX) {
            throw new IllegalArgumentException(total + " workers do not fit " + members + " members");
        }
        int[] workforce = new int[members];
        for (int i = 0; i < members; i++) {
            workforce[i] = draw(random);
        }
        double scale = (double) total / Arrays.stream(workforce).sum();
        for (int i = 0; i < members; i++) {
            workforce[i] = Math.clamp(Math.round(workforce[i] * scale), MIN, MAX);
        }
        // Rounding leaves a few workers over or short; hand them out one by one.
        int gap = total - Arrays.stream(workforce).sum();
        while (gap != 0) {
            int i = random.nextInt(members);
            if (gap > 0 && workforce[i] < MAX) {
                workforce[i]++;
                gap--;
            } else if (gap < 0 && workforce[i] > MIN) {
                workforce[i]--;
                gap++;
            }
        }
        return workforce;
    }

    private static int draw(Random random) {
        int bucket = random.nextInt(20);
        if (bucket < 10) {
            return 10 + random.nextInt(13);
        }
        if (bucket < 16) {
            return 23 + random.nextInt(16);
        }
        return bucket < 19 ? 39 + random.nextInt(22) : 61 + random.nextInt(20);
    }
}
