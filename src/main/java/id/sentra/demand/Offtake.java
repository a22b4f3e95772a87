package id.sentra.demand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The offtake rule: once a contract is awarded, a buyer that has called off less than 80 % of what its
 * schedule committed it to, counted from the first month up to and including the current one, leaves the
 * cooperative with stock at risk. The threshold is the cooperative's own; no regulation sets it.
 */
final class Offtake {

    static final BigDecimal THRESHOLD = new BigDecimal("0.80");

    private Offtake() {
    }

    static List<OfftakeShortfall> shortfalls(Contract contract, YearMonth current) {
        if (!contract.status().takesCallOffs()) {
            return List.of();
        }
        var shortfalls = new ArrayList<OfftakeShortfall>();
        for (var line : contract.lines()) {
            int committed = upTo(contract.scheduleOf(line.lineNo()), current);
            int calledOff = upTo(contract.callOffsOf(line.lineNo()), current);
            if (committed > 0 && BigDecimal.valueOf(calledOff).compareTo(THRESHOLD.multiply(BigDecimal.valueOf(committed))) < 0) {
                int shortfall = committed - calledOff;
                var percent = BigDecimal.valueOf(calledOff * 100L).divide(BigDecimal.valueOf(committed), 1, RoundingMode.HALF_UP);
                shortfalls.add(new OfftakeShortfall(line.lineNo(), line.partName(), current, committed, calledOff, shortfall,
                        percent, line.price() == null ? null : line.price().times(shortfall)));
            }
        }
        return shortfalls;
    }

    private static int upTo(List<MonthlyQuantity> months, YearMonth current) {
        return months.stream().filter(m -> !m.period().isAfter(current)).mapToInt(MonthlyQuantity::quantity).sum();
    }
}
