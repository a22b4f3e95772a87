package id.sentra.tkdn;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;

/**
 * One charge line of one heat, listed on the worksheet as evidence of a material's origin: Permenperin
 * 16/2011 Pasal 7(2) counts unsubstantiated domestic content as nil, and verifiers ask which heats and which
 * purchases stand behind a domestic claim.
 */
public record WorksheetEvidence(String heatNumber, LocalDate meltedOn, ChargeMaterial material, BigDecimal weightKg,
                                ChargeOrigin origin, @Nullable String supplier, @Nullable String purchaseReference) {
}
