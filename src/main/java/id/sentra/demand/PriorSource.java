package id.sentra.demand;

/** Where the buyer got a product before the cooperative made it: the basis of the import-substitution figures. */
public enum PriorSource {
    NOT_RECORDED, IMPORTED, DOMESTIC_LARGE_INDUSTRY, NEW_PRODUCT;

    public String messageKey() {
        return "enum.PriorSource." + name();
    }
}
