package id.sentra.demand;

import java.time.YearMonth;

/** One month of a delivery schedule, or one call-off: how many pieces in which month. */
public record MonthlyQuantity(YearMonth period, int quantity) {
}
