package id.sentra.quality.spc;

import org.jspecify.annotations.Nullable;

/** Lower and upper specification limits; one of them may be absent (a one-sided specification). */
public record SpecLimits(@Nullable Double lower, @Nullable Double upper) {

    public SpecLimits {
        if (lower == null && upper == null) {
            throw new IllegalArgumentException("a specification needs at least one limit");
        }
        if (lower != null && upper != null && lower >= upper) {
            throw new IllegalArgumentException("lower limit " + lower + " must be below upper limit " + upper);
        }
    }

    public static SpecLimits twoSided(double lower, double upper) {
        return new SpecLimits(lower, upper);
    }

    public static SpecLimits lowerOnly(double lower) {
        return new SpecLimits(lower, null);
    }

    public static SpecLimits upperOnly(double upper) {
        return new SpecLimits(null, upper);
    }

    public boolean twoSided() {
        return lower != null && upper != null;
    }
}
