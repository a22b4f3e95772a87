package id.sentra.tkdn;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The procurement check. PP 29/2018 Pasal 61: mandatory domestic products have TKDN ≥ 25 %. Perpres 16/2018
 * jo 12/2021 Pasal 66(2)-(3): the obligation holds when a product in the ministry inventory has TKDN + BMP
 * ≥ 40 %. Perpres 46/2025: the ladder of {@link ProcurementRung}, imports last (tkdn_rules.csv Procurement).
 */
final class ProcurementRules {

    static final BigDecimal ELIGIBLE_TKDN = BigDecimal.valueOf(25);
    static final BigDecimal OBLIGATION_TOTAL = BigDecimal.valueOf(40);

    private ProcurementRules() {
    }

    /** Each offer's verdict; the rung is set by the best product among the offers and the inventory list. */
    static List<TenderVerdict> judge(List<TenderOffer> offers, List<TenderOffer> inventory) {
        ProcurementRung rung = Stream.concat(offers.stream(), inventory.stream()).map(ProcurementRules::rungOf)
                .min(Comparator.naturalOrder()).orElse(ProcurementRung.IMPORT);
        return offers.stream().map(o -> verdict(o, rung)).toList();
    }

    static TenderVerdict verdict(TenderOffer offer, ProcurementRung rung) {
        ProcurementRung own = rungOf(offer);
        // On the first two rungs the line is the same (TKDN ≥ 25 %); 40 % only decides whether it is mandatory.
        ProcurementRung admitted = rung == ProcurementRung.OBLIGATION ? ProcurementRung.TKDN_25 : rung;
        TenderVerdict.Verdict verdict;
        if (own.compareTo(admitted) > 0) {
            verdict = TenderVerdict.Verdict.EXCLUDED;
        } else if (admitted == ProcurementRung.TKDN_25) {
            verdict = TenderVerdict.Verdict.ELIGIBLE;
        } else {
            verdict = TenderVerdict.Verdict.ELIGIBLE_AS_FALLBACK;
        }
        BigDecimal total = offer.tkdnPercent().add(offer.bmpPercent().min(BmpRules.MAXIMUM));
        return new TenderVerdict(offer.bidder(), verdict, rung, offer.tkdnPercent().subtract(ELIGIBLE_TKDN),
                total.subtract(OBLIGATION_TOTAL), rung.messageKey());
    }

    static ProcurementRung rungOf(TenderOffer offer) {
        return switch (offer.supply()) {
            case IMPORTED -> ProcurementRung.IMPORT;
            case DOMESTIC_SIINAS -> ProcurementRung.SIINAS;
            case DOMESTIC_CERTIFIED -> certifiedRung(offer);
        };
    }

    private static ProcurementRung certifiedRung(TenderOffer offer) {
        if (offer.tkdnPercent().compareTo(ELIGIBLE_TKDN) < 0) {
            return ProcurementRung.TKDN_BELOW_25;
        }
        BigDecimal total = offer.tkdnPercent().add(offer.bmpPercent().min(BmpRules.MAXIMUM));
        return total.compareTo(OBLIGATION_TOTAL) >= 0 ? ProcurementRung.OBLIGATION : ProcurementRung.TKDN_25;
    }

    /** The TKDN a product needs, with this BMP, to reach 40 % (quiz Q2: BMP 10 → 30); never below 25 %. */
    static BigDecimal minimumTkdnForObligation(BigDecimal bmpPercent) {
        return OBLIGATION_TOTAL.subtract(bmpPercent.min(BmpRules.MAXIMUM)).max(ELIGIBLE_TKDN);
    }
}
