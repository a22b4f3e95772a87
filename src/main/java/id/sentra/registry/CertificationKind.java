package id.sentra.registry;

/** Kinds of certificate a member can hold; each has an expiry date. */
public enum CertificationKind {
    ISO_9001, SNI, BUYER_APPROVAL;

    /** The message-bundle key of this value's label. */
    public String messageKey() {
        return "enum.CertificationKind." + name();
    }
}
