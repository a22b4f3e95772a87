package id.sentra.tkdn;

import java.math.BigDecimal;

/** A product offered in (or listed in the ministry's inventory for) a government tender, with its TKDN and BMP. */
public record TenderOffer(String bidder, Supply supply, BigDecimal tkdnPercent, BigDecimal bmpPercent) {

    public static TenderOffer certified(String bidder, BigDecimal tkdnPercent, BigDecimal bmpPercent) {
        return new TenderOffer(bidder, Supply.DOMESTIC_CERTIFIED, tkdnPercent, bmpPercent);
    }

    public static TenderOffer of(String bidder, TkdnAssessment assessment) {
        return certified(bidder, assessment.tkdnPercent(), assessment.bmpPercent());
    }

    public static TenderOffer siinas(String bidder) {
        return new TenderOffer(bidder, Supply.DOMESTIC_SIINAS, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public static TenderOffer imported(String bidder) {
        return new TenderOffer(bidder, Supply.IMPORTED, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
