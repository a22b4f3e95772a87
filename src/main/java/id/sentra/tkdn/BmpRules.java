package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The company benefit weight (BMP). Permenperin 35/2025: the sum of the factors' weights as far as each is
 * met, capped at 15 % (tkdn_rules.csv {@code bmp.max}, bmp_factors_2025.csv). Permenperin 16/2011 Pasal 13
 * also caps BMP at 15 %, but its factor formula was not found, so only a stated figure is accepted there.
 */
final class BmpRules {

    static final BigDecimal MAXIMUM = BigDecimal.valueOf(15);
    static final String CAPPED = "tkdn.rule.bmp.capped";

    private BmpRules() {
    }

    /** The BMP in percent, unrounded, capped at 15; adds {@link #CAPPED} to notes when the cap bit. */
    static BigDecimal percent(BmpClaim claim, Regulation regulation, List<String> notes) {
        BigDecimal raw = switch (claim) {
            case BmpClaim.Stated s -> s.percent();
            case BmpClaim.Factors f -> {
                if (regulation != Regulation.PERMENPERIN_35_2025) {
                    throw new InvalidCostStructureException(0, "bmp", "tkdn.error.bmpFactors2011",
                            "BMP factors are those of Permenperin 35/2025; under 16/2011 give the certificate's figure");
                }
                yield sum(f.fulfilment());
            }
        };
        if (raw.compareTo(MAXIMUM) > 0) {
            notes.add(CAPPED);
            return MAXIMUM;
        }
        return raw;
    }

    private static BigDecimal sum(Map<BmpFactor, BigDecimal> fulfilment) {
        return fulfilment.entrySet().stream()
                .map(e -> e.getKey().maxWeight().multiply(e.getValue()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
