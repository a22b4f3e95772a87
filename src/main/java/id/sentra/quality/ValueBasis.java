package id.sentra.quality;

/**
 * How binding a figure in the library is: set by the standard or the drawing (lots are judged against it),
 * indicative (given by the standard for information) or typical foundry practice (guidance for the melt only).
 */
public enum ValueBasis {
    NORMATIVE, INDICATIVE, TYPICAL, DRAWING;

    /** Only normative and drawing figures decide whether a lot is accepted. */
    public boolean binding() {
        return this == NORMATIVE || this == DRAWING;
    }

    public String messageKey() {
        return "enum.ValueBasis." + name();
    }
}
