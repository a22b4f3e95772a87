package id.sentra.quality;

/**
 * Where a tensile test piece comes from. Grey-iron strength depends on it (JIS G5501 / EN 1561): the grade
 * number holds for a separately cast bar; cast-on bars and pieces cut from the casting follow the wall thickness.
 */
public enum SpecimenKind {
    SEPARATELY_CAST, CAST_ON, CUT_FROM_CASTING;

    public String messageKey() {
        return "enum.SpecimenKind." + name();
    }
}
