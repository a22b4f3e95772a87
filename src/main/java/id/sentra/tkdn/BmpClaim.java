package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the company claims as BMP: the 35/2025 factors with how far each is met, or a figure stated on a
 * certificate (the only form for 16/2011, whose factor formula the sources do not give).
 */
public sealed interface BmpClaim {

    /** No BMP claimed. */
    BmpClaim NONE = new Stated(BigDecimal.ZERO);

    /** Each factor with the fraction of its maximum weight achieved, 0 to 1 (Permenperin 35/2025). */
    record Factors(Map<BmpFactor, BigDecimal> fulfilment) implements BmpClaim {
        public Factors {
            fulfilment = Map.copyOf(fulfilment);
        }
    }

    /** A BMP percentage taken from a certificate. */
    record Stated(BigDecimal percent) implements BmpClaim {
    }

    /** The factors met in full. */
    static BmpClaim factors(Set<BmpFactor> met) {
        Map<BmpFactor, BigDecimal> fulfilment = new EnumMap<>(BmpFactor.class);
        met.forEach(f -> fulfilment.put(f, BigDecimal.ONE));
        return new Factors(fulfilment);
    }

    static BmpClaim stated(BigDecimal percent) {
        return new Stated(percent);
    }
}
