package id.sentra.tkdn;

/**
 * The regulation a TKDN figure was computed under. Certificates issued under Permenperin 16/2011 stay
 * in circulation after Permenperin 35/2025 took effect on 12 December 2025, so every figure says which.
 */
public enum Regulation {
    /** Permenperin 35/2025, effective 12 Dec 2025: weighted material / labour / overhead, credit bands, BMP factors. */
    PERMENPERIN_35_2025("Permenperin 35/2025"),
    /** Permenperin 16/2011 (revoked by 35/2025): cost-based, (cost - foreign cost) / cost. */
    PERMENPERIN_16_2011("Permenperin 16/2011");

    private final String citation;

    Regulation(String citation) {
        this.citation = citation;
    }

    /** The regulation's short name as printed on certificates and worksheets (not translated). */
    public String citation() {
        return citation;
    }

    public String messageKey() {
        return "enum.Regulation." + name();
    }
}
