package id.sentra.tkdn.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.sentra.registry.MaterialFamily;
import id.sentra.tkdn.CostKind;
import id.sentra.tkdn.FactoryBasis;
import id.sentra.tkdn.Regulation;

/**
 * The cost structure a new product starts from, per kilogram of casting, so the operator corrects figures rather
 * than typing a foundry's whole bill of costs: charge of 1.5 kg per kg of good casting (65–70 % yield), its pig
 * iron, scrap and alloys following the heats, green sand and bentonite (furan resin and zircon coating for ductile
 * parts), WNI labour, energy and depreciation. Rupiah figures are Central Java prices of 2025, rounded.
 */
final class CostTemplate {

    /** The past three months' heats decide the material origins until the operator picks another period. */
    static final int HEAT_MONTHS = 3;

    private CostTemplate() {
    }

    static CostDraft foundry(BigDecimal kgPerPiece, MaterialFamily family, LocalDate today) {
        boolean ductile = family == MaterialFamily.DUCTILE_IRON;
        var lines = new ArrayList<LineDraft>();
        lines.add(heats(ductile ? "Besi kasar kemurnian tinggi" : "Besi kasar (pig iron)", CostKind.PIG_IRON,
                kgPerPiece, ductile ? "0.80" : "0.45", ductile ? 12_500 : 9_500));
        lines.add(heats("Skrap baja dan besi cor", CostKind.SCRAP, kgPerPiece, ductile ? "0.65" : "0.95", ductile ? 7_000 : 6_500));
        lines.add(heats(ductile ? "Paduan fero, inokulan, nodulariser" : "Paduan fero dan inokulan", CostKind.FERRO_ALLOY,
                kgPerPiece, ductile ? "0.045" : "0.03", ductile ? 38_000 : 28_000));
        lines.add(line("Pasir cetak", CostKind.SAND, kgPerPiece, "3", 450, OriginKind.DOMESTIC));
        if (ductile) {
            lines.add(line("Resin furan (inti)", CostKind.BINDER, kgPerPiece, "0.15", 32_000, OriginKind.IMPORTED));
            lines.add(line("Pelapis zirkon", CostKind.COATING, kgPerPiece, "0.05", 45_000, OriginKind.IMPORTED));
        } else {
            lines.add(line("Bentonit", CostKind.BINDER, kgPerPiece, "0.1", 3_500, OriginKind.DOMESTIC));
        }
        lines.add(line("Tenaga kerja langsung (cetak, lebur, tuang, finishing)", CostKind.DIRECT_LABOUR, kgPerPiece, "1", 1_800, OriginKind.DOMESTIC));
        lines.add(line("Energi (kokas, listrik)", CostKind.ENERGY, kgPerPiece, "1", 2_200, OriginKind.DOMESTIC));
        lines.add(line("Penyusutan tungku dan mesin", CostKind.MACHINE_DEPRECIATION, kgPerPiece, "1", 600, OriginKind.DOMESTIC));
        lines.add(line("Penyusutan pola dan alat", CostKind.TOOL_DEPRECIATION, kgPerPiece, "1", 300, OriginKind.DOMESTIC));
        return new CostDraft(Regulation.PERMENPERIN_35_2025, FactoryBasis.OWN_FACTORY, BigDecimal.ZERO,
                today.minusMonths(HEAT_MONTHS).withDayOfMonth(1), today, lines);
    }

    private static LineDraft heats(String item, CostKind kind, BigDecimal kgPerPiece, String kgPerKg, long rupiahPerKg) {
        return new LineDraft(item, kind, quantity(kgPerPiece, kgPerKg), BigDecimal.valueOf(rupiahPerKg), OriginKind.DOMESTIC,
                null, null, true);
    }

    private static LineDraft line(String item, CostKind kind, BigDecimal kgPerPiece, String perKg, long rupiah, OriginKind origin) {
        return new LineDraft(item, kind, quantity(kgPerPiece, perKg), BigDecimal.valueOf(rupiah), origin, null, null, false);
    }

    private static BigDecimal quantity(BigDecimal kgPerPiece, String perKg) {
        return kgPerPiece.multiply(new BigDecimal(perKg)).setScale(3, RoundingMode.HALF_UP);
    }

}
