package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.sentra.registry.MaterialFamily;

/**
 * A member as the allocation sees it: its monthly capacity per material family, the load its
 * existing work orders already put on each month, its offers for the lines it is eligible for,
 * and — for the lines it is not — what it lacks.
 */
public record Supplier(long memberId, String name, Map<MaterialFamily, Long> kgPerMonth,
                       Map<YearMonth, Map<MaterialFamily, Long>> existingKg, Map<String, Offer> offers,
                       Map<String, List<String>> lacks) {

    public Supplier {
        kgPerMonth = Map.copyOf(kgPerMonth);
        existingKg = Map.copyOf(existingKg);
        offers = Map.copyOf(offers);
        lacks = Map.copyOf(lacks);
    }

    public long freeKg(MaterialFamily material, YearMonth month) {
        long booked = existingKg.getOrDefault(month, Map.of()).getOrDefault(material, 0L);
        return Math.max(0, kgPerMonth.getOrDefault(material, 0L) - booked);
    }

    /** Rupiah per piece, split so the objective can be shown part by part. */
    public record Offer(long pricePerPiece, long transportPerPiece, long qualityRiskPerPiece) {
        public long costPerPiece() {
            return pricePerPiece + transportPerPiece + qualityRiskPerPiece;
        }
    }
}
