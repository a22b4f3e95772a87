package id.sentra.registry;

/** Manufacturing processes a member runs. */
public enum Process {
    SAND_CASTING, CENTRIFUGAL_CASTING, MACHINING, COMPOSITE_PRESSING, PAINTING_COATING;

    /** The message-bundle key of this value's label. */
    public String messageKey() {
        return "enum.Process." + name();
    }
}
