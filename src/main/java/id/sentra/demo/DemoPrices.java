package id.sentra.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

import id.sentra.registry.MemberPrices;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberDetails;

/**
 * Each member's price per kilogram for the materials it pours: a market level per material
 * (casting prices of small foundries in Central Java, rounded) spread ±10 % by member, seeded.
 */
final class DemoPrices {

    private static final Map<MaterialFamily, Long> MARKET = Map.of(
            MaterialFamily.GREY_IRON, 16_000L,
            MaterialFamily.HIGH_PHOSPHORUS_IRON, 17_500L,
            MaterialFamily.DUCTILE_IRON, 23_000L,
            MaterialFamily.STEEL, 32_000L,
            MaterialFamily.ALUMINIUM, 58_000L,
            MaterialFamily.BRASS_BRONZE, 125_000L,
            MaterialFamily.POLYMER_COMPOSITE, 36_000L);

    private DemoPrices() {
    }

    static void register(MemberPrices prices, List<Long> ids, List<MemberDetails> members) {
        var random = new Random(1976);
        for (int i = 0; i < ids.size(); i++) {
            for (var material : MaterialFamily.values()) {
                if (members.get(i).materials().contains(material)) {
                    double spread = 0.9 + random.nextDouble() * 0.2;
                    prices.set(ids.get(i), material, Math.round(MARKET.get(material) * spread / 100) * 100);
                }
            }
        }
    }
}
