package id.sentra.registry;

/** Material families a member can pour. */
public enum MaterialFamily {
    GREY_IRON, DUCTILE_IRON, HIGH_PHOSPHORUS_IRON, STEEL, ALUMINIUM, BRASS_BRONZE, POLYMER_COMPOSITE;

    /** The message-bundle key of this value's label. */
    public String messageKey() {
        return "enum.MaterialFamily." + name();
    }
}
