package id.sentra.demand;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One line of an RFQ: what, at which target price (if the buyer names one), and how many per month. */
public record RfqLine(LineSpecification specification, @Nullable Rupiah targetPrice, List<MonthlyQuantity> schedule) {

    public RfqLine {
        schedule = List.copyOf(schedule);
    }
}
