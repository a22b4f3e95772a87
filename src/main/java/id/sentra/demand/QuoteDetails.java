package id.sentra.demand;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A cooperative's answer to an RFQ: a unit price for every line (in line order), the lead time to the first
 * delivery, and how many pieces a month it can commit to.
 */
public record QuoteDetails(List<Rupiah> unitPrices, int leadTimeDays, int capacityPerMonth, @Nullable String note) {

    public QuoteDetails {
        unitPrices = List.copyOf(unitPrices);
    }
}
