package id.sentra.tkdn.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.sentra.tkdn.FactoryBasis;
import id.sentra.tkdn.Regulation;

/**
 * A product's whole cost structure as a person sends it: the regulation to compute under, where the product is
 * made, the BMP of its certificate, the period whose heats decide material origins, and the lines.
 */
public record CostDraft(Regulation regulation, FactoryBasis factoryBasis, BigDecimal bmpPercent, LocalDate heatsFrom,
                        LocalDate heatsTo, List<LineDraft> lines) {

    public CostDraft {
        lines = lines == null ? List.of() : List.copyOf(lines); // a request may leave them out
    }
}
