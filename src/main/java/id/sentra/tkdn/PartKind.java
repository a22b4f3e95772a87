package id.sentra.tkdn;

/** Whether a valued part of a purchase is goods or services; a combined TKDN may mix both (Pasal 18). */
public enum PartKind {
    GOODS, SERVICES;

    public String messageKey() {
        return "enum.PartKind." + name();
    }
}
