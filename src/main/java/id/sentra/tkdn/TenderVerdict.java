package id.sentra.tkdn;

import java.math.BigDecimal;

/**
 * What a product may do in a tender. {@code marginPp} is its TKDN minus the 25 % eligibility line (how far
 * it may fall before exclusion, or how much it lacks); {@code obligationMarginPp} is TKDN + BMP minus 40 %
 * (≥ 0: the product itself makes domestic purchase mandatory). {@code ruleKey} names the rule that decided.
 */
public record TenderVerdict(String bidder, Verdict verdict, ProcurementRung rung, BigDecimal marginPp,
                            BigDecimal obligationMarginPp, String ruleKey) {

    /** Whether the product may compete, and on what footing. */
    public enum Verdict {
        /** Meets TKDN ≥ 25 % where the ladder asks for it. */
        ELIGIBLE,
        /** Admitted only because no domestic product reaches a higher rung. */
        ELIGIBLE_AS_FALLBACK,
        /** A product on a higher rung exists. */
        EXCLUDED;

        public String messageKey() {
            return "enum.Verdict." + name();
        }
    }

    public boolean mayCompete() {
        return verdict != Verdict.EXCLUDED;
    }
}
