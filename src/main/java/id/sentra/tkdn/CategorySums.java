package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.List;

/** Exact rupiah sums of one category's assessed lines, before any percentage is taken. */
record CategorySums(CostCategory category, BigDecimal cost, BigDecimal domestic) {

    static CategorySums of(CostCategory category, List<AssessedLine> lines) {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal domestic = BigDecimal.ZERO;
        for (AssessedLine line : lines) {
            if (line.line().category() == category) {
                cost = cost.add(line.cost());
                domestic = domestic.add(line.domestic());
            }
        }
        return new CategorySums(category, cost, domestic);
    }

    /** Domestic part over cost, percent, unrounded; 0 for a category without lines. */
    BigDecimal domesticShare() {
        return Percentages.share(domestic, cost);
    }

    /** The subtotal with the category's weight and its contribution (weight × domestic percent). */
    CategoryTotal weighted(BigDecimal domesticPercent, BigDecimal weightPercent) {
        return new CategoryTotal(category, cost, domestic, cost.subtract(domestic),
                Percentages.reported(domesticPercent), Percentages.reported(weightPercent),
                Percentages.reported(Percentages.of(domesticPercent, weightPercent)));
    }
}
