package id.sentra.quality;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A grade's mechanical requirements: tensile strength (MPa) on the specimens the grade figure applies to,
 * yield (Rp0.2) and elongation minima for ductile iron, and Brinell hardness with how binding it is.
 */
public record Mechanical(Limits tensileMpa, Set<SpecimenKind> tensileSpecimens, @Nullable BigDecimal yieldMinMpa,
                         @Nullable BigDecimal elongationMinPercent, Limits hardnessHb, ValueBasis hardnessBasis) {

    public Mechanical {
        tensileSpecimens = Set.copyOf(tensileSpecimens);
    }
}
