package id.sentra.tkdn;

import static id.sentra.tkdn.Percentages.HUNDRED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Goods TKDN under Permenperin 35/2025 (effective 12 Dec 2025): material, direct labour and factory
 * overhead weighted 75 / 10 / 15 (Pasal 4), each credited by its own rule rather than by its cost share.
 */
final class Permenperin35 {

    static final BigDecimal MATERIAL_WEIGHT = BigDecimal.valueOf(75);
    static final BigDecimal LABOUR_WEIGHT = BigDecimal.valueOf(10);
    static final BigDecimal OVERHEAD_WEIGHT = BigDecimal.valueOf(15);
    /** tkdn_rules.csv {@code minimum}: own Indonesian plant and mostly WNI labour give at least 25 %. */
    static final BigDecimal MINIMUM = BigDecimal.valueOf(25);
    static final String MINIMUM_APPLIED = "tkdn.rule.p35.minimum";

    private Permenperin35() {
    }

    static TkdnAssessment assess(CostStructure structure) {
        List<AssessedLine> lines = new ArrayList<>();
        for (CostLine line : structure.lines()) {
            lines.add(credit(line, structure.factory()).apply(lines.size() + 1, line));
        }
        CategorySums material = CategorySums.of(CostCategory.DIRECT_MATERIAL, lines);
        CategorySums labour = CategorySums.of(CostCategory.DIRECT_LABOUR, lines);
        CategorySums overhead = CategorySums.of(CostCategory.FACTORY_OVERHEAD, lines);
        List<CategoryTotal> categories = List.of(
                material.weighted(material.domesticShare(), MATERIAL_WEIGHT),
                labour.weighted(labour.domesticShare(), LABOUR_WEIGHT),
                overhead.weighted(structure.factory().creditPercent(), OVERHEAD_WEIGHT));
        BigDecimal tkdn = Percentages.of(material.domesticShare(), MATERIAL_WEIGHT)
                .add(Percentages.of(labour.domesticShare(), LABOUR_WEIGHT))
                .add(Percentages.of(structure.factory().creditPercent(), OVERHEAD_WEIGHT));
        List<String> notes = new ArrayList<>();
        if (qualifiesForMinimum(structure.factory(), labour) && tkdn.compareTo(MINIMUM) < 0) {
            tkdn = MINIMUM;
            notes.add(MINIMUM_APPLIED);
        }
        BigDecimal bmp = BmpRules.percent(structure.bmp(), Regulation.PERMENPERIN_35_2025, notes);
        return new TkdnAssessment(structure.product(), Regulation.PERMENPERIN_35_2025, lines, categories,
                Percentages.reported(Percentages.clamp(tkdn, HUNDRED)), Percentages.reported(bmp), notes);
    }

    /**
     * The 25 % minimum (aktual.com; ministry infographic): Sentra reads "invested in an Indonesian production
     * facility" as its own factory, and "mostly WNI" as more than half of the direct-labour cost.
     */
    private static boolean qualifiesForMinimum(FactoryBasis factory, CategorySums labour) {
        return factory == FactoryBasis.OWN_FACTORY && labour.domesticShare().compareTo(BigDecimal.valueOf(50)) > 0;
    }

    static Credit credit(CostLine line, FactoryBasis factory) {
        return switch (line.category()) {
            case DIRECT_MATERIAL -> material(line.origin());
            case DIRECT_LABOUR -> labour(line.origin());
            // Pasal 7: overhead is credited by where and by whom the product is made, not by each line's origin.
            case FACTORY_OVERHEAD -> new Credit(factory.creditPercent(), "tkdn.rule.p35.overhead." + factory.name());
        };
    }

    /**
     * Pasal 5 (tkdn_rules.csv {@code material.certified.tier}, {@code material.uncertified}): a certified
     * component is credited by the band of its certificate's TKDN; an uncertified one 100 % when made at home
     * from local raw material or domestic natural resources, 25 % when made at home from other material,
     * 0 % when imported.
     */
    static Credit material(Origin origin) {
        return switch (origin) {
            case Origin.Certified c -> new Credit(band(c.tkdnPercent()), "tkdn.rule.p35.material.certified");
            case Origin.Domestic d when d.localRawMaterial() -> Credit.of("100", "tkdn.rule.p35.material.localRawMaterial");
            case Origin.Domestic d -> Credit.of("25", "tkdn.rule.p35.material.otherRawMaterial");
            case Origin.Imported i -> Credit.of("0", "tkdn.rule.p35.material.imported");
        };
    }

    /**
     * Pasal 5 bands: above 80 → 100, 60–80 → 80, 40–60 → 60, 25–40 → 40, below 25 → 25. The quiz answer
     * "exactly 25 → 25" puts a boundary in the lower band; Sentra reads every boundary that way (80 → 80).
     */
    static BigDecimal band(BigDecimal certifiedTkdn) {
        if (certifiedTkdn.compareTo(BigDecimal.valueOf(80)) > 0) {
            return HUNDRED;
        }
        if (certifiedTkdn.compareTo(BigDecimal.valueOf(60)) > 0) {
            return BigDecimal.valueOf(80);
        }
        if (certifiedTkdn.compareTo(BigDecimal.valueOf(40)) > 0) {
            return BigDecimal.valueOf(60);
        }
        if (certifiedTkdn.compareTo(MINIMUM) > 0) {
            return BigDecimal.valueOf(40);
        }
        return MINIMUM;
    }

    /** Direct labour by citizenship (ministry infographic: WNI status); a mixed crew by its WNI cost share. */
    private static Credit labour(Origin origin) {
        return origin instanceof Origin.Domestic
                ? Credit.of("100", "tkdn.rule.p35.labour.wni")
                : Credit.of("0", "tkdn.rule.p35.labour.foreign");
    }
}
