package id.sentra.quality;

/** What a characteristic measures: a dimension (nominal with tolerances), Brinell hardness, or anything else with a unit. */
public enum CharacteristicKind {
    DIMENSION, HARDNESS, OTHER;

    public String messageKey() {
        return "enum.CharacteristicKind." + name();
    }
}
