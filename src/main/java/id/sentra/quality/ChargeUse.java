package id.sentra.quality;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One charge line of one heat, with the heat it went into: the evidence behind a material's origin. */
public record ChargeUse(long heatId, String heatNumber, LocalDate meltedOn, String gradeCode, ChargeMaterial material,
                        BigDecimal weightKg, ChargeOrigin origin, @Nullable String supplier, @Nullable String purchaseReference) {
}
