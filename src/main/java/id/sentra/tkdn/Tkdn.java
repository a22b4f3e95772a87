package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The TKDN calculator the pages, worksheets, contract warnings and the ministry view use: a product's
 * TKDN and BMP under a chosen regulation, combined figures, and the verdict in a tender. Stateless.
 */
@Component
public class Tkdn {

    /** The worksheet of a product under the regulation its certificate follows. */
    public TkdnAssessment assess(CostStructure structure, Regulation regulation) {
        return switch (regulation) {
            case PERMENPERIN_35_2025 -> Permenperin35.assess(structure);
            case PERMENPERIN_16_2011 -> Permenperin16.assess(structure);
        };
    }

    /** Several goods, goods and services, or a contract's lines, weighted by value (35/2025 Pasal 18–19). */
    public CombinedTkdn combine(List<ValuedPart> parts, Regulation regulation) {
        return Combination.combine(parts, regulation);
    }

    /**
     * KDN / (KDN + KLN) in percent, rounded to 0.01, for goods or services known only by their domestic and
     * foreign totals (Permenperin 16/2011 Pasal 3 for goods, Pasal 8 for services).
     */
    public BigDecimal domesticShare(BigDecimal domestic, BigDecimal foreign) {
        return Percentages.reported(Percentages.share(domestic, domestic.add(foreign)));
    }

    /** Every offer's verdict; {@code inventory} holds products from the ministry's list that did not bid. */
    public List<TenderVerdict> judge(List<TenderOffer> offers, List<TenderOffer> inventory) {
        return ProcurementRules.judge(offers, inventory);
    }

    /** The verdict for one product against the other products offered or listed in the inventory. */
    public TenderVerdict judge(TenderOffer product, List<TenderOffer> others) {
        return ProcurementRules.judge(List.of(product), others).getFirst();
    }

    /** The least TKDN that reaches TKDN + BMP ≥ 40 % with this BMP (never below the 25 % line). */
    public BigDecimal minimumTkdnForObligation(BigDecimal bmpPercent) {
        return ProcurementRules.minimumTkdnForObligation(bmpPercent);
    }
}
