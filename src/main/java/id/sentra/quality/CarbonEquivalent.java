package id.sentra.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The carbon equivalent of a cast iron, which places an analysis against the eutectic (CE 4.3 %)
 * and so predicts graphite, shrinkage and strength better than carbon alone.
 */
public final class CarbonEquivalent {

    private CarbonEquivalent() {
    }

    /**
     * CE = C + (Si + P) / 3, in mass %, to two decimals; null without a carbon or silicon reading.
     * Source: Giesserei-Lexikon, "Kohlenstoffäquivalent", Eq. 1 (the Anglo-American CE of cast iron;
     * eutectic at CE = 4.3 %). A missing phosphorus reading counts as zero, as P is often not read.
     */
    public static @Nullable BigDecimal of(Map<Element, BigDecimal> readings) {
        var carbon = readings.get(Element.C);
        var silicon = readings.get(Element.SI);
        if (carbon == null || silicon == null) {
            return null;
        }
        var phosphorus = readings.getOrDefault(Element.P, BigDecimal.ZERO);
        var third = silicon.add(phosphorus).divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP);
        return carbon.add(third).setScale(2, RoundingMode.HALF_UP);
    }
}
