package id.sentra.registry;

/** State-owned enterprise (BUMN) or private manufacturer. */
public enum BuyerKind {
    BUMN, PRIVATE;

    /** The message-bundle key of this value's label. */
    public String messageKey() {
        return "enum.BuyerKind." + name();
    }
}
