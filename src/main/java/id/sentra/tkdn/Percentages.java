package id.sentra.tkdn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one place TKDN arithmetic rounds. Rupiah parts are exact products and are never rounded;
 * quotients keep 16 significant digits (DECIMAL64, far below 0.01 pp); reported percentages are rounded
 * once, at the end, half-up to two decimals, the precision certificates print (e.g. 58.64 %).
 */
final class Percentages {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final MathContext QUOTIENT = MathContext.DECIMAL64;
    static final int REPORTED_SCALE = 2;

    private Percentages() {
    }

    /** part / whole in percent, unrounded to 16 digits; 0 when the whole is 0. */
    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return part.multiply(HUNDRED).divide(whole, QUOTIENT);
    }

    /** percent % of an amount; exact, because dividing by 100 only moves the decimal point. */
    static BigDecimal of(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).movePointLeft(2);
    }

    static BigDecimal reported(BigDecimal percent) {
        return percent.setScale(REPORTED_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal clamp(BigDecimal percent, BigDecimal max) {
        if (percent.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return percent.min(max);
    }
}
