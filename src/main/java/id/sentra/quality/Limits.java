package id.sentra.quality;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A lower and an upper limit, either of which may be absent ("P ≤ 0.15", "tensile ≥ 250 MPa"). Limits from
 * several sources (grade, drawing) combine by intersection: a part must meet all of them.
 */
public record Limits(@Nullable BigDecimal min, @Nullable BigDecimal max) {

    public static final Limits NONE = new Limits(null, null);

    /** Limits compare by value: 0.40 read back from a numeric column equals the 0.4 a person typed. */
    public Limits {
        min = normal(min);
        max = normal(max);
    }

    /** A figure without trailing zeros and never in exponent form (200, not 2E+2). */
    public static @Nullable BigDecimal normal(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static Limits of(@Nullable String min, @Nullable String max) {
        return new Limits(min == null || min.isBlank() ? null : new BigDecimal(min.trim()),
                max == null || max.isBlank() ? null : new BigDecimal(max.trim()));
    }

    public boolean isOpen() {
        return min == null && max == null;
    }

    /** No value can meet both limits, e.g. min 0.5 and max 0.3. */
    public boolean isEmpty() {
        return min != null && max != null && min.compareTo(max) > 0;
    }

    public boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** Both limits at once: the higher minimum and the lower maximum. */
    public Limits intersect(Limits other) {
        return new Limits(higher(min, other.min), lower(max, other.max));
    }

    private static @Nullable BigDecimal higher(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static @Nullable BigDecimal lower(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    /** As printed on a drawing: {@code 0.5–0.8}, {@code ≤ 0.15}, {@code ≥ 250}. */
    @Override
    public String toString() {
        if (min != null && max != null) {
            return min.toPlainString() + "–" + max.toPlainString();
        }
        if (max != null) {
            return "≤ " + max.toPlainString();
        }
        return min != null ? "≥ " + min.toPlainString() : "–";
    }
}
