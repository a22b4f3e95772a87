package id.sentra.tkdn.product;

import java.math.BigDecimal;

import id.sentra.tkdn.Regulation;
import id.sentra.tkdn.TenderVerdict;

/**
 * A product's figures without its costs, as a buyer of the contract and the ministry see them: TKDN, BMP and their
 * total under the named regulation, the tender verdict with its margins, and the TKDN that would make domestic
 * purchase mandatory with this BMP.
 */
public record ProductFigures(long id, ProductKey key, String product, String memberName, Regulation regulation,
                             BigDecimal tkdnPercent, BigDecimal bmpPercent, TenderVerdict verdict, BigDecimal obligationTkdn) {

    public BigDecimal totalPercent() {
        return tkdnPercent.add(bmpPercent);
    }
}
