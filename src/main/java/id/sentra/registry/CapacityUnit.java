package id.sentra.registry;

/** Monthly capacity is stated in kilograms of a material family or in pieces of a product family. */
public enum CapacityUnit {
    KG_PER_MONTH, PIECES_PER_MONTH;

    /** The message-bundle key of this value's label. */
    public String messageKey() {
        return "enum.CapacityUnit." + name();
    }
}
