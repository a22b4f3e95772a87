package id.sentra.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a buyer writes into an RFQ: its own reference, the cooperative it asks, the local-content
 * floor (TKDN, in percent, as the buyer's procurement rules require), quality, the date quotes are due, the lines.
 */
public record RfqDetails(
        String title,
        String reference,
        @Nullable Long buyerId,
        @Nullable Long cooperativeId,
        BigDecimal tkdnFloor,
        QualityRequirements quality,
        @Nullable LocalDate quotesDueBy,
        List<RfqLine> lines) {

    public RfqDetails {
        lines = List.copyOf(lines);
    }
}
