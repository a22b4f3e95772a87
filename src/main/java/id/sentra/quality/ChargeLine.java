package id.sentra.quality;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One material in a heat's charge: its weight, whether it was made at home or imported, and
 * where it was bought, so local content can later be traced to a purchase.
 */
@Table("heat_charge")
public record ChargeLine(ChargeMaterial material, BigDecimal weightKg, ChargeOrigin origin,
                         @Nullable String supplier, @Nullable String purchaseReference) {
}
