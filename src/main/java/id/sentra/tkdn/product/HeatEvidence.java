package id.sentra.tkdn.product;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import id.sentra.quality.ChargeUse;
import id.sentra.tkdn.CostKind;

/**
 * Why a material line is domestic or imported: the member's heats in the period with the charge of that material,
 * heat by heat (date, material, weight, origin, supplier and purchase when recorded), and the totals that split
 * the line. The worksheet prints this list beside the line.
 */
public record HeatEvidence(int lineNo, String item, CostKind kind, LocalDate from, LocalDate to, BigDecimal domesticKg,
                           BigDecimal importedKg, List<ChargeUse> charges) {

    public HeatEvidence {
        charges = List.copyOf(charges);
    }

    public BigDecimal totalKg() {
        return domesticKg.add(importedKg);
    }

    /** Domestic share of the charged weight in percent, rounded to 0.01; 0 without heats. */
    public BigDecimal domesticSharePercent() {
        if (totalKg().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return domesticKg.multiply(BigDecimal.valueOf(100)).divide(totalKg(), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    /** Without heats in the period the line keeps the origin stated on it. */
    public boolean hasHeats() {
        return !charges.isEmpty();
    }

    /** The distinct heats the evidence names. */
    public long heatCount() {
        return charges.stream().mapToLong(ChargeUse::heatId).distinct().count();
    }
}
