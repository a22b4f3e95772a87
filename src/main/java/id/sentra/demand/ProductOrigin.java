package id.sentra.demand;

import org.jspecify.annotations.Nullable;

/**
 * A contract line's product family and its prior source; {@code importedFrom} is the ISO 3166-1 alpha-2 code of
 * the country it was imported from, only for an imported product and only if known.
 */
public record ProductOrigin(ProductFamily productFamily, PriorSource priorSource, @Nullable String importedFrom) {

    public ProductOrigin {
        importedFrom = importedFrom == null || importedFrom.isBlank() ? null : importedFrom.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** What a line says before anyone recorded its origin. */
    public static final ProductOrigin NOT_RECORDED = new ProductOrigin(ProductFamily.OTHER, PriorSource.NOT_RECORDED, null);

    public static ProductOrigin imported(ProductFamily family, @Nullable String country) {
        return new ProductOrigin(family, PriorSource.IMPORTED, country);
    }

    public static ProductOrigin of(ProductFamily family, PriorSource source) {
        return new ProductOrigin(family, source, null);
    }
}
