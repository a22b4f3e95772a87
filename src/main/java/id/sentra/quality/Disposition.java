package id.sentra.quality;

/** What becomes of a lot after inspection: accepted and shippable, rejected, or held for a decision. */
public enum Disposition {
    ACCEPT, REJECT, HOLD;

    public String messageKey() {
        return "enum.Disposition." + name();
    }
}
