package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.List;

/**
 * The TKDN of a product as a verifier's worksheet reads it: every line with its parts and rule, the
 * subtotals per category, TKDN, BMP and their sum, and the regulation that computed them. Percentages
 * are rounded once, half-up to 0.01, as certificates print them. {@code notes} holds message keys of
 * product-level rules that changed the figure (the 25 % minimum, the BMP cap).
 */
public record TkdnAssessment(String product, Regulation regulation, List<AssessedLine> lines,
                             List<CategoryTotal> categories, BigDecimal tkdnPercent, BigDecimal bmpPercent,
                             List<String> notes) {

    public TkdnAssessment {
        lines = List.copyOf(lines);
        categories = List.copyOf(categories);
        notes = List.copyOf(notes);
    }

    /** TKDN + BMP, the one figure the certificate and the procurement rules use. */
    public BigDecimal totalPercent() {
        return tkdnPercent.add(bmpPercent);
    }

    public CategoryTotal category(CostCategory category) {
        return categories.stream().filter(c -> c.category() == category).findFirst().orElseThrow();
    }

    /** Cost per unit of all lines, exact rupiah. */
    public BigDecimal totalCost() {
        return lines.stream().map(AssessedLine::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalDomestic() {
        return lines.stream().map(AssessedLine::domestic).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalForeign() {
        return lines.stream().map(AssessedLine::foreign).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
