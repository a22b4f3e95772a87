package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A product's cost per unit, line by line, with where it is made (which credits overhead under
 * Permenperin 35/2025 Pasal 7) and the BMP claimed. Checked on creation so that an assessment never
 * meets a line it cannot value; every refusal names the line and field.
 */
public record CostStructure(String product, List<CostLine> lines, FactoryBasis factory, BmpClaim bmp) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CostStructure {
        if (product.isBlank()) {
            throw new InvalidCostStructureException(0, "product", "tkdn.error.product", "a product name is required");
        }
        lines = List.copyOf(lines);
        for (int i = 0; i < lines.size(); i++) {
            check(i + 1, lines.get(i));
        }
        if (lines.stream().noneMatch(l -> l.category() == CostCategory.DIRECT_MATERIAL)) {
            throw new InvalidCostStructureException(0, "lines", "tkdn.error.noMaterial",
                    "at least one direct-material line is required");
        }
        checkBmp(bmp);
    }

    public CostStructure(String product, List<CostLine> lines, FactoryBasis factory) {
        this(product, lines, factory, BmpClaim.NONE);
    }

    /** The lines of one category, in their order. */
    public List<CostLine> lines(CostCategory category) {
        return lines.stream().filter(l -> l.category() == category).toList();
    }

    private static void check(int n, CostLine line) {
        if (line.item().isBlank()) {
            throw new InvalidCostStructureException(n, "item", "tkdn.error.item", "the item needs a name");
        }
        if (line.quantity().signum() <= 0) {
            throw new InvalidCostStructureException(n, "quantity", "tkdn.error.quantity",
                    "quantity must be positive, was " + line.quantity());
        }
        if (line.unitPrice().signum() <= 0) {
            throw new InvalidCostStructureException(n, "unitPrice", "tkdn.error.unitPrice",
                    "unit price must be positive, was " + line.unitPrice());
        }
        if (line.origin() instanceof Origin.Certified c) {
            if (line.category() == CostCategory.DIRECT_LABOUR) {
                throw new InvalidCostStructureException(n, "origin", "tkdn.error.certifiedLabour",
                        "labour is WNI (domestic) or foreign (imported), never certified");
            }
            if (!isPercent(c.tkdnPercent())) {
                throw new InvalidCostStructureException(n, "origin", "tkdn.error.certifiedPercent",
                        "a certificate's TKDN lies between 0 and 100 %, was " + c.tkdnPercent());
            }
        }
    }

    private static void checkBmp(BmpClaim bmp) {
        switch (bmp) {
            case BmpClaim.Stated s when s.percent().signum() < 0 -> throw new InvalidCostStructureException(0, "bmp",
                    "tkdn.error.bmpPercent", "BMP cannot be negative, was " + s.percent());
            case BmpClaim.Factors f -> {
                for (Map.Entry<BmpFactor, BigDecimal> e : f.fulfilment().entrySet()) {
                    if (e.getValue().signum() < 0 || e.getValue().compareTo(BigDecimal.ONE) > 0) {
                        throw new InvalidCostStructureException(0, "bmp." + e.getKey(), "tkdn.error.bmpFulfilment",
                                "fulfilment lies between 0 and 1, was " + e.getValue());
                    }
                }
            }
            default -> { }
        }
    }

    private static boolean isPercent(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }
}
