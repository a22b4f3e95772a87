package id.sentra.tkdn;

import java.math.BigDecimal;

/**
 * Where and by whom the product is made, which credits factory overhead under Permenperin 35/2025
 * Pasal 7 (tkdn_rules.csv {@code overhead.rule}; example P35-FOH-1).
 */
public enum FactoryBasis {
    /** Invested in Indonesia and producing in its own factory: 100 %. */
    OWN_FACTORY("100"),
    /** Invested in Indonesia, producing in another company's factory in Indonesia: 60 %. */
    OTHER_COMPANYS_FACTORY("60"),
    /** Invested in Indonesia, produced by another industry in that industry's factory: 30 %. */
    PRODUCED_BY_OTHER_INDUSTRY("30"),
    /** No investment in Indonesia: 0 %. */
    NO_INVESTMENT("0");

    private final BigDecimal creditPercent;

    FactoryBasis(String creditPercent) {
        this.creditPercent = new BigDecimal(creditPercent);
    }

    /** Share of the overhead weight credited as domestic, in percent. */
    public BigDecimal creditPercent() {
        return creditPercent;
    }

    public String messageKey() {
        return "enum.FactoryBasis." + name();
    }
}
