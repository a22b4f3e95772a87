package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.sentra.registry.MaterialFamily;

/**
 * Each member's fair share of a month's work in one material: the month's kilograms of that
 * material in proportion to the member's monthly capacity among the members eligible for it.
 */
record FairShares(long memberId, MaterialFamily material, YearMonth month, long targetGrams, long maxGrams) {

    static List<FairShares> of(AllocationProblem problem) {
        var shares = new ArrayList<FairShares>();
        for (var material : MaterialFamily.values()) {
            var lines = problem.lines().stream().filter(l -> l.material() == material).toList();
            if (lines.isEmpty()) {
                continue;
            }
            var eligible = problem.suppliers().stream()
                    .filter(s -> lines.stream().anyMatch(l -> s.offers().containsKey(l.key()))).toList();
            long totalKg = eligible.stream().mapToLong(s -> s.kgPerMonth().getOrDefault(material, 0L)).sum();
            if (totalKg == 0) {
                continue;
            }
            for (var month : problem.months()) {
                long demandGrams = lines.stream().mapToLong(l -> (long) l.piecesIn(month) * l.gramsPerPiece()).sum();
                for (var supplier : eligible) {
                    long kg = supplier.kgPerMonth().getOrDefault(material, 0L);
                    shares.add(new FairShares(supplier.memberId(), material, month,
                            Math.round((double) demandGrams * kg / totalKg), Math.max(demandGrams, kg * 1000)));
                }
            }
        }
        return shares;
    }
}
