package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Goods TKDN under Permenperin 16/2011 (revoked by 35/2025; kept for certificates issued under it):
 * (production cost − foreign cost) / production cost, the cost being direct material, direct labour and
 * factory overhead without profit, company overhead or output VAT (tkdn_rules.csv P16 {@code formula}).
 */
final class Permenperin16 {

    private static final BigDecimal EACH_TIER2_LIMIT = BigDecimal.valueOf(3);
    private static final BigDecimal ALL_TIER2_LIMIT = BigDecimal.TEN;

    private Permenperin16() {
    }

    static TkdnAssessment assess(CostStructure structure) {
        BigDecimal productionCost = structure.lines().stream().map(CostLine::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal deemedCredit = deemedCredit(structure.lines(), productionCost);
        List<AssessedLine> lines = new ArrayList<>();
        for (CostLine line : structure.lines()) {
            BigDecimal deemed = isSmallTier2(line, productionCost) ? deemedCredit : BigDecimal.ZERO;
            lines.add(credit(line, deemed).apply(lines.size() + 1, line));
        }
        BigDecimal totalDomestic = lines.stream().map(AssessedLine::domestic).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CategoryTotal> categories = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            CategorySums sums = CategorySums.of(category, lines);
            // Under 16/2011 a category weighs what it costs: its contribution is its domestic part over the total cost.
            categories.add(sums.weighted(sums.domesticShare(), Percentages.share(sums.cost(), productionCost)));
        }
        List<String> notes = new ArrayList<>();
        BigDecimal bmp = BmpRules.percent(structure.bmp(), Regulation.PERMENPERIN_16_2011, notes);
        return new TkdnAssessment(structure.product(), Regulation.PERMENPERIN_16_2011, lines, categories,
                Percentages.reported(Percentages.share(totalDomestic, productionCost)), Percentages.reported(bmp), notes);
    }

    /**
     * KDN criteria (BPPT training p.31): labour by citizenship, WNI 100 %, foreign 0 % (Form 1.3); material,
     * tools and services by origin; a certified input by its TKDN, KDN = TKDN_tier2 × qty × price (Form 1.1).
     */
    static Credit credit(CostLine line, BigDecimal deemedCredit) {
        if (line.category() == CostCategory.DIRECT_LABOUR) {
            return line.origin() instanceof Origin.Domestic
                    ? Credit.of("100", "tkdn.rule.p16.labour.wni")
                    : Credit.of("0", "tkdn.rule.p16.labour.foreign");
        }
        return switch (line.origin()) {
            case Origin.Certified c -> new Credit(c.tkdnPercent(), "tkdn.rule.p16.certified");
            case Origin.Domestic d when d.localRawMaterial() -> Credit.of("100", "tkdn.rule.p16.domesticOrigin");
            // Pasal 4: small domestic tier-2 goods are deemed 100 %; Pasal 7(2): what cannot be substantiated is nil.
            case Origin.Domestic d when deemedCredit.signum() > 0 -> new Credit(deemedCredit, "tkdn.rule.p16.tier2Deemed");
            case Origin.Domestic d -> Credit.of("0", "tkdn.rule.p16.unsubstantiated");
            case Origin.Imported i -> Credit.of("0", "tkdn.rule.p16.imported");
        };
    }

    /**
     * Pasal 4 (ngada.org, tkdn_rules.csv {@code tier2.deemed}): domestic tier-2 goods without their own
     * figure count 100 % when each costs under 3 % of the production cost and together at most 10 %. When the
     * small ones together pass 10 % the source does not say which count; Sentra deems 10 % of the production
     * cost, shared pro rata, so that adding a domestic line never lowers the TKDN. Only then is the credit a
     * rounded quotient (16 significant digits).
     */
    static BigDecimal deemedCredit(List<CostLine> lines, BigDecimal productionCost) {
        BigDecimal small = lines.stream().filter(l -> isSmallTier2(l, productionCost)).map(CostLine::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allowance = Percentages.of(productionCost, ALL_TIER2_LIMIT);
        if (small.compareTo(allowance) <= 0) {
            return Percentages.HUNDRED;
        }
        return Percentages.share(allowance, small);
    }

    /** A domestic good of non-local material, without its own figure, costing under 3 % of production cost. */
    static boolean isSmallTier2(CostLine line, BigDecimal productionCost) {
        return line.category() != CostCategory.DIRECT_LABOUR
                && line.origin() instanceof Origin.Domestic d && !d.localRawMaterial()
                && line.cost().multiply(Percentages.HUNDRED).compareTo(productionCost.multiply(EACH_TIER2_LIMIT)) < 0;
    }
}
