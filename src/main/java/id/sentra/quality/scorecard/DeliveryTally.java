package id.sentra.quality.scorecard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;

/**
 * On-time delivery: a work order is due once its month has ended or it has shipped, and on time when it
 * shipped by the last day of its month. An order still open after its month counts as late.
 */
public record DeliveryTally(int due, int onTime) {

    public static final DeliveryTally NONE = new DeliveryTally(0, 0);

    /** One work order of month {@code period}, shipped on {@code shippedOn} (null: not yet), seen in month {@code current}. */
    public DeliveryTally plus(LocalDate period, @Nullable LocalDate shippedOn, YearMonth current) {
        YearMonth month = YearMonth.from(period);
        boolean isDue = shippedOn != null || month.isBefore(current);
        if (!isDue) {
            return this;
        }
        boolean inTime = shippedOn != null && !YearMonth.from(shippedOn).isAfter(month);
        return new DeliveryTally(due + 1, onTime + (inTime ? 1 : 0));
    }

    public DeliveryTally plus(DeliveryTally other) {
        return new DeliveryTally(due + other.due, onTime + other.onTime);
    }

    /** Empty while nothing was due: no record is not a record of 0 %. */
    public OptionalDouble share() {
        return due == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime / due);
    }
}
