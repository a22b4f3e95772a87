package id.sentra.quality.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.Characteristic;
import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.Limits;

/**
 * One characteristic row of the form. A dimension is entered as a drawing gives it, nominal with signed
 * tolerances (85, −0, +0.03); hardness and other characteristics as lower and upper limits.
 */
public class CharacteristicField {

    private String name = "";
    private CharacteristicKind kind = CharacteristicKind.DIMENSION;
    private String unit = "";
    private @Nullable BigDecimal nominal;
    private @Nullable BigDecimal lower;
    private @Nullable BigDecimal upper;
    private boolean key;

    static CharacteristicField from(Characteristic c) {
        var field = new CharacteristicField();
        field.name = c.name();
        field.kind = c.kind();
        field.unit = c.unit();
        field.nominal = c.nominal();
        field.key = c.key();
        boolean dimension = c.kind() == CharacteristicKind.DIMENSION;
        field.lower = dimension ? c.lowerTolerance() : c.limits().min();
        field.upper = dimension ? c.upperTolerance() : c.limits().max();
        return field;
    }

    boolean blank() {
        return name.isBlank() && unit.isBlank() && nominal == null && lower == null && upper == null;
    }

    Characteristic toCharacteristic() {
        var limits = kind == CharacteristicKind.DIMENSION && nominal != null
                ? new Limits(lower == null ? null : nominal.add(lower), upper == null ? null : nominal.add(upper))
                : new Limits(lower, upper);
        String defaultUnit = switch (kind) {
            case DIMENSION -> "mm";
            case HARDNESS -> "HB";
            case OTHER -> "";
        };
        return new Characteristic(name.trim(), kind, unit.isBlank() ? defaultUnit : unit.trim(), nominal, limits, key);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public CharacteristicKind getKind() { return kind; }
    public void setKind(CharacteristicKind kind) { this.kind = kind; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public @Nullable BigDecimal getNominal() { return nominal; }
    public void setNominal(@Nullable BigDecimal nominal) { this.nominal = nominal; }
    public @Nullable BigDecimal getLower() { return lower; }
    public void setLower(@Nullable BigDecimal lower) { this.lower = lower; }
    public @Nullable BigDecimal getUpper() { return upper; }
    public void setUpper(@Nullable BigDecimal upper) { this.upper = upper; }
    public boolean isKey() { return key; }
    public void setKey(boolean key) { this.key = key; }
}
