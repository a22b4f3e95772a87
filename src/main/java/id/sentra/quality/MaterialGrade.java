package id.sentra.quality;

import java.util.List;
import java.util.Optional;

import id.sentra.registry.MaterialFamily;

/**
 * A material grade of the library, stored by other modules under its printed designation ({@code FC250},
 * {@code EN-GJS-400-15}). A grade may carry no binding chemistry at all (JIS G5501 sets none for FC grades):
 * then the chemistry a lot is judged against comes from the product specification.
 */
public record MaterialGrade(String code, String standard, MaterialFamily family, Mechanical mechanical,
                            List<ChemistryLimit> chemistry, Provenance provenance) {

    public MaterialGrade {
        chemistry = List.copyOf(chemistry);
    }

    /** Where the row comes from: the source (standard, page), the equivalent grades and a note. */
    public record Provenance(String source, String equivalents, String note) {
    }

    /** Only the limits that decide acceptance; typical foundry practice is left out. */
    public List<ChemistryLimit> bindingChemistry() {
        return chemistry.stream().filter(c -> c.basis().binding()).toList();
    }

    public Optional<ChemistryLimit> chemistry(Element element) {
        return chemistry.stream().filter(c -> c.element() == element).findFirst();
    }
}
