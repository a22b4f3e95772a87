package id.sentra.quality.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.ChemistryLimit;
import id.sentra.quality.Element;
import id.sentra.quality.Limits;

/** One chemistry row of the form: an element and the drawing's limits in percent. */
public class ChemistryField {

    private @Nullable Element element;
    private @Nullable BigDecimal min;
    private @Nullable BigDecimal max;

    static ChemistryField from(ChemistryLimit limit) {
        var field = new ChemistryField();
        field.element = limit.element();
        field.min = limit.percent().min();
        field.max = limit.percent().max();
        return field;
    }

    boolean blank() {
        return element == null && min == null && max == null;
    }

    ChemistryLimit toLimit() {
        return ChemistryLimit.fromDrawing(element == null ? Element.C : element, new Limits(min, max));
    }

    public @Nullable Element getElement() { return element; }
    public void setElement(@Nullable Element element) { this.element = element; }
    public @Nullable BigDecimal getMin() { return min; }
    public void setMin(@Nullable BigDecimal min) { this.min = min; }
    public @Nullable BigDecimal getMax() { return max; }
    public void setMax(@Nullable BigDecimal max) { this.max = max; }
}
