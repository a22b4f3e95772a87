package id.sentra.quality;

/** Where a charge material was made; the local-content (TKDN) calculation needs it per line. */
public enum ChargeOrigin {
    DOMESTIC, IMPORTED;

    public String messageKey() {
        return "enum.ChargeOrigin." + name();
    }
}
