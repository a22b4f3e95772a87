package id.sentra.tkdn;

import java.math.BigDecimal;

/**
 * Subtotal of one cost category: its cost and parts, the domestic share of it, the weight the regulation
 * gives the category (fixed under 35/2025, the cost share under 16/2011) and what it adds to the TKDN.
 * Percentages are rounded to 0.01 for display; the TKDN is computed from the unrounded values.
 */
public record CategoryTotal(CostCategory category, BigDecimal cost, BigDecimal domestic, BigDecimal foreign,
                            BigDecimal domesticPercent, BigDecimal weightPercent, BigDecimal contributionPercent) {
}
