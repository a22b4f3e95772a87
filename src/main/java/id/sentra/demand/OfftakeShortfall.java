package id.sentra.demand;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * A line whose buyer has called off less than it committed to up to this month: the pieces made to
 * schedule and not taken are at risk of being stranded (as the cluster's metallic brake blocks were).
 */
public record OfftakeShortfall(int lineNo, String partName, YearMonth through, int committed, int calledOff,
                               int shortfall, BigDecimal percentCalledOff, @Nullable Rupiah valueAtRisk) {
}
