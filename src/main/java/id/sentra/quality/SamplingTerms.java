package id.sentra.quality;

import java.math.BigDecimal;

/**
 * The ISO 2859-1 inspection level (Table 1: {@code S1}–{@code S4}, {@code I}, {@code II}, {@code III}) and the AQL in
 * percent (a preferred value, clause 5.4) a product specification asks its lots to be sampled by. Without a figure from
 * the buyer, general level II (clause 10.1: "unless otherwise specified, level II shall be used") at AQL 1.0.
 */
public record SamplingTerms(String inspectionLevel, BigDecimal aqlPercent) {

    public static final SamplingTerms DEFAULT = new SamplingTerms("II", new BigDecimal("1.0"));

    public SamplingTerms {
        aqlPercent = Limits.normal(aqlPercent);
    }

    public static SamplingTerms of(String inspectionLevel, String aqlPercent) {
        return new SamplingTerms(inspectionLevel, new BigDecimal(aqlPercent));
    }

    /** The level as the standard prints it: {@code S-1} … {@code S-4}, {@code I}, {@code II}, {@code III}. */
    public String levelPrinted() {
        return inspectionLevel.startsWith("S") ? "S-" + inspectionLevel.substring(1) : inspectionLevel;
    }

    /** The AQL as the standard's tables head their columns: 0.010, 0.10, 1.0, 10. */
    public String aqlPrinted() {
        int scale = aqlPercent.compareTo(new BigDecimal("0.1")) < 0 ? 3
                : aqlPercent.compareTo(BigDecimal.ONE) < 0 ? 2 : aqlPercent.compareTo(BigDecimal.TEN) < 0 ? 1 : 0;
        return aqlPercent.setScale(Math.max(scale, aqlPercent.scale()), java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /** As printed on a page or a certificate, e.g. "level II, AQL 1.0". */
    @Override
    public String toString() {
        return "level " + levelPrinted() + ", AQL " + aqlPrinted();
    }
}
