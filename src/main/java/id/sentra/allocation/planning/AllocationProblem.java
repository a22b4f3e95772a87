package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything one allocation decides over: lines, suppliers, months, the operator's pins, and the
 * fairness weight — rupiah charged per kilogram by which a member's monthly work differs from its
 * capacity-proportional share.
 */
public record AllocationProblem(List<LineDemand> lines, List<Supplier> suppliers, List<YearMonth> months,
                                List<Pin> pins, long fairnessRupiahPerKg) {

    public AllocationProblem {
        lines = List.copyOf(lines);
        suppliers = List.copyOf(suppliers);
        months = List.copyOf(months);
        pins = List.copyOf(pins);
    }

    AllocationProblem withFairness(long rupiahPerKg) {
        return new AllocationProblem(lines, suppliers, months, pins, rupiahPerKg);
    }
}
