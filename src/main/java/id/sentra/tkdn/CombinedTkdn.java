package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.List;

/**
 * The TKDN of several goods, of goods and services, or of a contract: each part's TKDN weighted by its
 * share of the value, with the share and contribution of each part shown as the recap form does.
 */
public record CombinedTkdn(Regulation regulation, List<Share> parts, BigDecimal tkdnPercent) {

    public CombinedTkdn {
        parts = List.copyOf(parts);
    }

    /** One part's share of the total value and what it adds to the combined TKDN, both rounded to 0.01. */
    public record Share(ValuedPart part, BigDecimal valueSharePercent, BigDecimal contributionPercent) {
    }

    public BigDecimal totalValue() {
        return parts.stream().map(s -> s.part().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
