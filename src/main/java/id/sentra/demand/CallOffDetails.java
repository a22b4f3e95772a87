package id.sentra.demand;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** A buyer's release of a quantity of one line for delivery in one month, with its own delivery-order number. */
public record CallOffDetails(int lineNo, YearMonth period, int quantity, @Nullable String reference) {
}
