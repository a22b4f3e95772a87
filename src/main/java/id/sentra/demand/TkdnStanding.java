package id.sentra.demand;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contract's TKDN against its floor: the value-weighted figure over the members' products, the regulation
 * that computed it, how far above (or below) the floor it is, and each member's product with its share.
 * {@code tkdnPercent} is null while no allocated product has a cost structure.
 */
public record TkdnStanding(long contractId, String reference, BigDecimal floorPercent, @Nullable BigDecimal tkdnPercent,
                           String regulation, Risk risk, @Nullable BigDecimal marginPp, List<Part> parts) {

    public TkdnStanding {
        parts = List.copyOf(parts);
    }

    /** How the contract stands against its floor. */
    public enum Risk {
        /** The weighted TKDN is below the floor. */
        BELOW_FLOOR,
        /** At or above the floor, but within the warning margin. */
        NEAR_FLOOR,
        /** Comfortably above the floor. */
        MET,
        /** No product of the contract has a cost structure yet. */
        UNKNOWN;

        public boolean warns() {
            return this == BELOW_FLOOR || this == NEAR_FLOOR;
        }

        public String messageKey() {
            return "tkdn.risk." + name();
        }
    }

    /**
     * One member's product on one line: the value it makes (allocated pieces × the line's unit price), its share
     * of the contract value, and its TKDN (null without a cost structure, then left out of the weighting).
     */
    public record Part(long memberId, String memberName, int lineNo, String partName, @Nullable Long productId,
                       BigDecimal value, BigDecimal valueSharePercent, @Nullable BigDecimal tkdnPercent) {
    }

    public boolean warns() {
        return risk.warns();
    }

    /** Value share of the parts that have no cost structure yet, in percent. */
    public BigDecimal uncoveredSharePercent() {
        return parts.stream().filter(p -> p.tkdnPercent() == null).map(Part::valueSharePercent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
