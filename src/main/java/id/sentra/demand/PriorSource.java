package id.sentra.demand;

/**
 * Where the buyer got a product before the cooperative made it: the basis of the import-substitution figures.
 * {@code DOMESTIC_IKM}: already from small and medium industry (a repeat order substitutes no import).
 */
public enum PriorSource {
    NOT_RECORDED, IMPORTED, DOMESTIC_LARGE_INDUSTRY, DOMESTIC_IKM, NEW_PRODUCT;

    public String messageKey() {
        return "enum.PriorSource." + name();
    }
}
