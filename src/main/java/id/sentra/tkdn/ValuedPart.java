package id.sentra.tkdn;

import java.math.BigDecimal;

/** A good, a service or a contract line with its value in rupiah and its TKDN, as combined by value. */
public record ValuedPart(String label, PartKind kind, BigDecimal value, BigDecimal tkdnPercent) {

    public ValuedPart {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("The value of " + label + " cannot be negative: " + value);
        }
        if (tkdnPercent.signum() < 0 || tkdnPercent.compareTo(Percentages.HUNDRED) > 0) {
            throw new IllegalArgumentException("The TKDN of " + label + " lies between 0 and 100 %: " + tkdnPercent);
        }
    }

    /** A contract line: quantity times unit price, with the TKDN of the product delivered on it. */
    public static ValuedPart contractLine(String label, BigDecimal quantity, BigDecimal unitPrice, BigDecimal tkdnPercent) {
        return new ValuedPart(label, PartKind.GOODS, quantity.multiply(unitPrice), tkdnPercent);
    }
}
