package id.sentra.tkdn;

import java.math.BigDecimal;

/**
 * One line of a product's cost per unit: quantity per unit times unit price, as TKDN Form 1.1 lists it
 * (Permenperin 16/2011); labour and overhead lines usually carry quantity 1 and their cost per unit.
 */
public record CostLine(String item, CostKind kind, BigDecimal quantity, BigDecimal unitPrice, Origin origin) {

    /** A line given by its cost per unit of product (quantity 1). */
    public static CostLine of(String item, CostKind kind, BigDecimal cost, Origin origin) {
        return new CostLine(item, kind, BigDecimal.ONE, cost, origin);
    }

    public static CostLine of(String item, CostKind kind, long cost, Origin origin) {
        return of(item, kind, BigDecimal.valueOf(cost), origin);
    }

    /** Rupiah per unit of product; exact (a product of two decimals needs no rounding). */
    public BigDecimal cost() {
        return quantity.multiply(unitPrice);
    }

    public CostCategory category() {
        return kind.category();
    }
}
