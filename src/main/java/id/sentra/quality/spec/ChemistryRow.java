package id.sentra.quality.spec;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.quality.ChemistryLimit;
import id.sentra.quality.Element;
import id.sentra.quality.Limits;

/** One chemistry limit the drawing adds, for one revision, in percent by mass. */
@Table("product_spec_chemistry")
record ChemistryRow(int revisionNo, Element element, @Nullable BigDecimal minPct, @Nullable BigDecimal maxPct) {

    static ChemistryRow of(int revisionNo, ChemistryLimit limit) {
        return new ChemistryRow(revisionNo, limit.element(), limit.percent().min(), limit.percent().max());
    }

    ChemistryLimit limit() {
        return ChemistryLimit.fromDrawing(element, new Limits(minPct, maxPct));
    }
}
