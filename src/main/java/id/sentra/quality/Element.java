package id.sentra.quality;

/**
 * Chemical elements a foundry spectrometer reads and a grade or drawing may limit, in the order
 * a cast-iron analysis is usually printed (EN 10204 certificates list them so).
 */
public enum Element {
    C, SI, MN, P, S, CR, CU, NI, MO, MG, SN, V, TI, AL;

    /** The chemical symbol as printed, e.g. {@code Si}. */
    public String symbol() {
        return name().length() == 1 ? name() : name().charAt(0) + name().substring(1).toLowerCase();
    }

    public String messageKey() {
        return "enum.Element." + name();
    }
}
