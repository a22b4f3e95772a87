package id.sentra.tkdn;

import java.math.BigDecimal;

/**
 * The 15 factors that determine the company benefit weight (BMP) under Permenperin 35/2025, each with
 * its maximum weight in percentage points (bmp_factors_2025.csv: soalindonesia.com, aktual.com). They sum
 * to 38; the BMP is capped at 15 (tkdn_rules.csv {@code bmp.max}).
 */
public enum BmpFactor {
    LABOUR_ABSORPTION(4),
    NEW_INVESTMENT(4),
    PARTNERSHIP_SUPPLY_CHAIN(4),
    PIONEER_IMPORT_SUBSTITUTION(4),
    DOMESTIC_MACHINERY(4),
    COMPANY_LOCATION(4),
    DOMESTIC_BRAND(2),
    INDUSTRY_4_0(2),
    GREEN_INDUSTRY(2),
    HR_DEVELOPMENT(2),
    EXPORT_VALUE(2),
    CERTIFICATION(1),
    ESG(1),
    AWARDS(1),
    SIINAS_REPORTING(1);

    private final BigDecimal maxWeight;

    BmpFactor(int maxWeight) {
        this.maxWeight = BigDecimal.valueOf(maxWeight);
    }

    /** The most this factor adds to the BMP, in percentage points. */
    public BigDecimal maxWeight() {
        return maxWeight;
    }

    public String messageKey() {
        return "enum.BmpFactor." + name();
    }
}
