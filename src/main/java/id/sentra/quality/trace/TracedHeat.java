package id.sentra.quality.trace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.sentra.quality.ChargeLine;
import id.sentra.quality.ChargeOrigin;

/** A heat as a trace shows it: who melted it, when, in which furnace, to which grade, and what went into the charge. */
public record TracedHeat(long id, long cooperativeId, long memberId, String memberName, String heatNumber,
                         LocalDate meltedOn, String furnace, String gradeCode, List<ChargeLine> charges) {

    public TracedHeat {
        charges = List.copyOf(charges);
    }

    public BigDecimal chargeKg() {
        return charges.stream().map(ChargeLine::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Imported weight in the charge; local content (TKDN) and a recall of an imported alloy both start here. */
    public BigDecimal importedKg() {
        return charges.stream().filter(c -> c.origin() == ChargeOrigin.IMPORTED)
                .map(ChargeLine::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
