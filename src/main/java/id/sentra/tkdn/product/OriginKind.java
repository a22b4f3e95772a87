package id.sentra.tkdn.product;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import id.sentra.tkdn.Origin;

/** A cost line's origin as it is stored and chosen on the page; a certified origin carries its certificate's TKDN. */
public enum OriginKind {
    /** Made in Indonesia from local raw material (for labour: an Indonesian crew). */
    DOMESTIC,
    /** Made in Indonesia from imported raw material, without a certificate. */
    DOMESTIC_IMPORTED_MATERIAL,
    /** Imported (for labour: a foreign crew). */
    IMPORTED,
    /** Made in Indonesia by a supplier holding a TKDN certificate, whose TKDN cascades. */
    CERTIFIED;

    Origin origin(@Nullable BigDecimal certifiedPercent, @Nullable String certificate) {
        return switch (this) {
            case DOMESTIC -> Origin.domestic();
            case DOMESTIC_IMPORTED_MATERIAL -> Origin.domesticFromImportedMaterial();
            case IMPORTED -> Origin.imported();
            case CERTIFIED -> new Origin.Certified(certifiedPercent == null ? BigDecimal.ZERO : certifiedPercent, certificate);
        };
    }

    public String messageKey() {
        return "enum.OriginKind." + name();
    }
}
