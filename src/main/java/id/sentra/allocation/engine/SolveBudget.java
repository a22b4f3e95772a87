package id.sentra.allocation.engine;

import java.time.Duration;

/**
 * How long a solve may run. Wall-clock budgets use the machine as it is; a deterministic budget counts
 * rounds of work instead, so the same problem and seed always give the same plan.
 *
 * @param wallClock time limit, used when {@code rounds} is zero
 * @param rounds    number of deterministic rounds, or zero for a wall-clock solve
 * @param seed      seed of every random choice
 */
public record SolveBudget(Duration wallClock, int rounds, long seed) {

    public SolveBudget {
        if (rounds < 0 || wallClock.isNegative()) {
            throw new IllegalArgumentException("budget must not be negative: " + wallClock + ", " + rounds + " rounds");
        }
    }

    public static SolveBudget wallClock(Duration limit) {
        return new SolveBudget(limit, 0, 1);
    }

    /** A reproducible budget: {@code rounds} rounds of fixed work, independent of machine speed and load. */
    public static SolveBudget deterministic(int rounds, long seed) {
        if (rounds <= 0) {
            throw new IllegalArgumentException("a deterministic budget needs at least one round, got " + rounds);
        }
        return new SolveBudget(Duration.ZERO, rounds, seed);
    }

    public boolean deterministic() {
        return rounds > 0;
    }
}
