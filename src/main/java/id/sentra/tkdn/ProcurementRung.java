package id.sentra.tkdn;

/**
 * The priority ladder for government purchases, best first: the first rung some domestic product reaches
 * decides which products may compete (Perpres 16/2018 jo 12/2021 Pasal 66, as amended by Perpres 46/2025;
 * PP 29/2018 Pasal 61). Each rung's message key holds the rule text with its source.
 */
public enum ProcurementRung {
    /** A product with TKDN + BMP ≥ 40 % exists: buying domestic is mandatory, only TKDN ≥ 25 % may compete. */
    OBLIGATION,
    /** No 40 % product, but one with TKDN ≥ 25 %: only those may compete. */
    TKDN_25,
    /** Only products with TKDN below 25 %. */
    TKDN_BELOW_25,
    /** No TKDN certificate at all: domestic products registered in SIINas. */
    SIINAS,
    /** Domestic industry cannot supply: imports. */
    IMPORT;

    public String messageKey() {
        return "tkdn.tender.rule." + name();
    }
}
