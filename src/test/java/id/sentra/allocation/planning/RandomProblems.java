package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.sentra.registry.MaterialFamily;

/** Seeded random allocation problems of a cooperative's shape, small enough to solve to optimality in tests. */
final class RandomProblems {

    static final YearMonth START = YearMonth.of(2027, 1);
    private static final MaterialFamily[] MATERIALS = {MaterialFamily.GREY_IRON, MaterialFamily.HIGH_PHOSPHORUS_IRON};

    private RandomProblems() {
    }

    static AllocationProblem generate(long seed, long fairness) {
        var random = new Random(seed);
        int monthCount = 1 + random.nextInt(3);
        var months = new ArrayList<YearMonth>();
        for (int i = 0; i < monthCount; i++) {
            months.add(START.plusMonths(i));
        }
        var lines = new ArrayList<LineDemand>();
        int lineCount = 1 + random.nextInt(3);
        for (int l = 0; l < lineCount; l++) {
            var pieces = new HashMap<YearMonth, Integer>();
            months.forEach(m -> pieces.put(m, random.nextInt(5) == 0 ? 0 : 50 + random.nextInt(400)));
            lines.add(new LineDemand("L" + l, "Line " + l, MATERIALS[random.nextInt(2)], 2_000 + random.nextInt(8_000),
                    pieces, random.nextInt(40), 0.3 + random.nextInt(8) / 10.0));
        }
        var suppliers = new ArrayList<Supplier>();
        int supplierCount = 2 + random.nextInt(6);
        for (int s = 0; s < supplierCount; s++) {
            var capacity = Map.of(MaterialFamily.GREY_IRON, (long) random.nextInt(3_000),
                    MaterialFamily.HIGH_PHOSPHORUS_IRON, (long) random.nextInt(3_000));
            var existing = new HashMap<YearMonth, Map<MaterialFamily, Long>>();
            months.forEach(m -> existing.put(m, Map.of(MaterialFamily.GREY_IRON, (long) random.nextInt(800))));
            var offers = new HashMap<String, Supplier.Offer>();
            var lacks = new HashMap<String, List<String>>();
            for (var line : lines) {
                if (random.nextInt(4) == 0) {
                    lacks.put(line.key(), List.of("tidak memiliki Spektrometer"));
                } else {
                    offers.put(line.key(), new Supplier.Offer(10_000 + random.nextInt(20_000), random.nextInt(3_000), random.nextInt(2_000)));
                }
            }
            suppliers.add(new Supplier(100 + s, "IKM " + s, capacity, existing, offers, lacks));
        }
        return new AllocationProblem(lines, suppliers, months, List.of(), fairness);
    }
}
