package id.sentra.allocation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tunable figures of the allocation. Freight: what a truck charges per tonne and kilometre in Java
 * (about Rp 1,000 in 2024 for part loads; an assumption to be replaced by the cooperative's own rate).
 * Defect cost: what one defective piece costs beyond its price, as a multiple of that price — the
 * replacement piece, sorting at the buyer and the claim; 3 is Sentra's assumption, the cooperative may set its own.
 */
@ConfigurationProperties("sentra.allocation")
record AllocationProperties(long freightRupiahPerTonneKm, double defectCostMultiple) {

    AllocationProperties {
        if (freightRupiahPerTonneKm <= 0) {
            freightRupiahPerTonneKm = 1_000;
        }
        if (defectCostMultiple <= 0) {
            defectCostMultiple = 3;
        }
    }

    /** Expected cost of defects per piece: the member's defective share times what a defective piece costs. */
    long qualityRiskPerPiece(long pricePerPiece, long defectivePpm) {
        return Math.round(pricePerPiece * defectCostMultiple * defectivePpm / 1_000_000.0);
    }
}
