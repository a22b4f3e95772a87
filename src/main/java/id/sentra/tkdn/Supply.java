package id.sentra.tkdn;

/** How a tendered product is supplied, as the procurement ladder tells products apart. */
public enum Supply {
    /** Made in Indonesia with a TKDN certificate. */
    DOMESTIC_CERTIFIED,
    /** Made in Indonesia, registered in SIINas, without a TKDN certificate. */
    DOMESTIC_SIINAS,
    IMPORTED;

    public String messageKey() {
        return "enum.Supply." + name();
    }
}
