package id.sentra.quality;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One measured characteristic of a part as the drawing states it. Limits are absolute (a dimension of 85 +0.03/−0
 * is stored as nominal 85, limits 85–85.03). {@code key} marks the characteristics whose Cpk the buyer watches.
 */
public record Characteristic(String name, CharacteristicKind kind, String unit, @Nullable BigDecimal nominal,
                             Limits limits, boolean key) {

    public Characteristic {
        nominal = Limits.normal(nominal);
    }

    /** The tolerance below nominal as a signed figure (−0.05), or null without a nominal or a lower limit. */
    public @Nullable BigDecimal lowerTolerance() {
        return nominal == null || limits.min() == null ? null : limits.min().subtract(nominal);
    }

    /** The tolerance above nominal as a signed figure (+0.03), or null without a nominal or an upper limit. */
    public @Nullable BigDecimal upperTolerance() {
        return nominal == null || limits.max() == null ? null : limits.max().subtract(nominal);
    }
}
