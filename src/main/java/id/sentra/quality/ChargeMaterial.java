package id.sentra.quality;

/**
 * What goes into a furnace charge. Kept apart by kind because local content (TKDN) counts
 * domestic scrap and imported ferro-alloys differently, and because the mix explains the chemistry.
 */
public enum ChargeMaterial {
    STEEL_SCRAP, CAST_IRON_SCRAP, PIG_IRON, RETURNS, FERRO_SILICON, FERRO_MANGANESE, OTHER_FERRO_ALLOY,
    INOCULANT, NODULARISER, OTHER;

    public String messageKey() {
        return "enum.ChargeMaterial." + name();
    }
}
