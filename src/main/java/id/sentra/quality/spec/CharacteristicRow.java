package id.sentra.quality.spec;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.quality.Characteristic;
import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.Limits;

/** One characteristic of one revision as stored, limits absolute. */
@Table("product_spec_characteristic")
record CharacteristicRow(int revisionNo, String name, CharacteristicKind kind, @Embedded.Empty Measure measure,
                         boolean keyCharacteristic) {

    /** The unit, the nominal value and the limits. */
    record Measure(String unit, @Nullable BigDecimal nominal, @Nullable BigDecimal minValue, @Nullable BigDecimal maxValue) {
    }

    static CharacteristicRow of(int revisionNo, Characteristic c) {
        return new CharacteristicRow(revisionNo, c.name(), c.kind(),
                new Measure(c.unit(), c.nominal(), c.limits().min(), c.limits().max()), c.key());
    }

    Characteristic characteristic() {
        return new Characteristic(name, kind, measure.unit(), measure.nominal(),
                new Limits(measure.minValue(), measure.maxValue()), keyCharacteristic);
    }
}
