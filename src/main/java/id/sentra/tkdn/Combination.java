package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.List;

/**
 * TKDN gabungan: Σ TKDN_i × value_i / Σ value_i. Permenperin 35/2025 Pasal 18 (goods and services) and
 * 19 (several goods), and the same rule in Permenperin 16/2011 Pasal 6 (weights = purchase prices).
 */
final class Combination {

    private Combination() {
    }

    static CombinedTkdn combine(List<ValuedPart> parts, Regulation regulation) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("A combined TKDN needs at least one part");
        }
        BigDecimal total = parts.stream().map(ValuedPart::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            throw new IllegalArgumentException("A combined TKDN needs a positive total value");
        }
        BigDecimal weighted = parts.stream().map(p -> p.value().multiply(p.tkdnPercent()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CombinedTkdn.Share> shares = parts.stream().map(p -> new CombinedTkdn.Share(p,
                Percentages.reported(Percentages.share(p.value(), total)),
                Percentages.reported(p.value().multiply(p.tkdnPercent()).divide(total, Percentages.QUOTIENT))))
                .toList();
        return new CombinedTkdn(regulation, shares,
                Percentages.reported(weighted.divide(total, Percentages.QUOTIENT)));
    }
}
