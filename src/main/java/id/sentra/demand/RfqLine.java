package id.sentra.demand;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of an RFQ: what, at which target price (if the buyer names one), how many per month, and the
 * product's family and prior source (not recorded when left out).
 */
public record RfqLine(LineSpecification specification, @Nullable Rupiah targetPrice, List<MonthlyQuantity> schedule,
                      ProductOrigin origin) {

    public RfqLine {
        schedule = List.copyOf(schedule);
        origin = origin == null ? ProductOrigin.NOT_RECORDED : origin;
    }

    public RfqLine(LineSpecification specification, @Nullable Rupiah targetPrice, List<MonthlyQuantity> schedule) {
        this(specification, targetPrice, schedule, ProductOrigin.NOT_RECORDED);
    }
}
