package id.sentra.registry;

/** How a member melts metal; cupolas dominate in Ceper, induction furnaces are fewer. */
public enum FurnaceType {
    CUPOLA, INDUCTION, CRUCIBLE;

    /** The message-bundle key of this value's label. */
    public String messageKey() {
        return "enum.FurnaceType." + name();
    }
}
