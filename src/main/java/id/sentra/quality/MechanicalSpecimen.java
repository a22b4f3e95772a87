package id.sentra.quality;

/**
 * The piece a tensile or hardness result was measured on. Grey-iron strength depends on it
 * (JIS G5501 and EN 1561 give separate minima for separately cast and cast-on bars), so a result
 * without its specimen cannot be judged.
 */
public enum MechanicalSpecimen {
    SEPARATELY_CAST_BAR, CAST_ON_BAR, CUT_FROM_CASTING;

    public String messageKey() {
        return "enum.MechanicalSpecimen." + name();
    }
}
