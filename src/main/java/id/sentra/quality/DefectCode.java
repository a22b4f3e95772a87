package id.sentra.quality;

/** The cooperative's shared defect book: one list, so scrap can be compared across members. */
public enum DefectCode {
    MISRUN, COLD_SHUT, POROSITY, SAND_INCLUSION, SHRINKAGE, CRACK, DIMENSIONAL, HARDNESS;

    public String messageKey() {
        return "enum.DefectCode." + name();
    }
}
