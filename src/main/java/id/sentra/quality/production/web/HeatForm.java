package id.sentra.quality.production.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import id.sentra.platform.FieldProblem;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.Element;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.production.HeatDraft;

/** What the heat form posts. Numbers stay text until read, so a typo is answered at its field, not with an error page. */
public class HeatForm {

    /** Empty charge rows the form offers; blank rows are left out. */
    static final int CHARGE_ROWS = 5;

    private @Nullable String furnace;
    private @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate meltedOn;
    private @Nullable String heatNumber;
    private @Nullable String gradeCode;
    private Map<String, String> readings = new LinkedHashMap<>();
    private @Nullable String tensileMpa;
    private @Nullable String hardnessHb;
    private @Nullable SpecimenKind specimen;
    private List<ChargeRow> charges = new ArrayList<>();

    static HeatForm blank(LocalDate today) {
        var form = new HeatForm();
        form.meltedOn = today;
        form.fillRows();
        return form;
    }

    void fillRows() {
        while (charges.size() < CHARGE_ROWS) {
            charges.add(new ChargeRow());
        }
    }

    /** The draft, with every number that could not be read added to {@code problems}. */
    HeatDraft toDraft(List<FieldProblem> problems) {
        var chemistry = new EnumMap<Element, BigDecimal>(Element.class);
        for (var element : Element.values()) {
            var value = Decimals.parse(readings.get(element.name()), "readings[" + element.name() + "]", problems);
            if (value != null) {
                chemistry.put(element, value);
            }
        }
        var lines = new ArrayList<ChargeLine>();
        for (int i = 0; i < charges.size(); i++) {
            var row = charges.get(i);
            if (!row.isBlank()) {
                var kg = Decimals.parse(row.getWeightKg(), "charges[" + i + "].weightKg", problems);
                if (row.getMaterial() == null) {
                    problems.add(FieldProblem.of("charges[" + i + "].material", "field.required"));
                }
                if (row.getOrigin() == null) {
                    problems.add(FieldProblem.of("charges[" + i + "].origin", "field.required"));
                }
                lines.add(new ChargeLine(row.getMaterial() == null ? ChargeMaterial.OTHER : row.getMaterial(),
                        kg == null ? BigDecimal.ZERO : kg, row.getOrigin() == null ? ChargeOrigin.DOMESTIC : row.getOrigin(),
                        blankToNull(row.getSupplier()), blankToNull(row.getPurchaseReference())));
            }
        }
        return new HeatDraft(furnace, meltedOn, heatNumber, gradeCode, chemistry,
                Decimals.whole(tensileMpa, "tensileMpa", problems), Decimals.whole(hardnessHb, "hardnessHb", problems),
                specimen, lines);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** One charge line as typed. */
    public static class ChargeRow {
        private @Nullable ChargeMaterial material;
        private @Nullable String weightKg;
        private @Nullable ChargeOrigin origin;
        private @Nullable String supplier;
        private @Nullable String purchaseReference;

        boolean isBlank() {
            return material == null && (weightKg == null || weightKg.isBlank());
        }

        public @Nullable ChargeMaterial getMaterial() { return material; }
        public void setMaterial(@Nullable ChargeMaterial material) { this.material = material; }
        public @Nullable String getWeightKg() { return weightKg; }
        public void setWeightKg(@Nullable String weightKg) { this.weightKg = weightKg; }
        public @Nullable ChargeOrigin getOrigin() { return origin; }
        public void setOrigin(@Nullable ChargeOrigin origin) { this.origin = origin; }
        public @Nullable String getSupplier() { return supplier; }
        public void setSupplier(@Nullable String supplier) { this.supplier = supplier; }
        public @Nullable String getPurchaseReference() { return purchaseReference; }
        public void setPurchaseReference(@Nullable String purchaseReference) { this.purchaseReference = purchaseReference; }
    }

    public @Nullable String getFurnace() { return furnace; }
    public void setFurnace(@Nullable String furnace) { this.furnace = furnace; }
    public @Nullable LocalDate getMeltedOn() { return meltedOn; }
    public void setMeltedOn(@Nullable LocalDate meltedOn) { this.meltedOn = meltedOn; }
    public @Nullable String getHeatNumber() { return heatNumber; }
    public void setHeatNumber(@Nullable String heatNumber) { this.heatNumber = heatNumber; }
    public @Nullable String getGradeCode() { return gradeCode; }
    public void setGradeCode(@Nullable String gradeCode) { this.gradeCode = gradeCode; }
    public Map<String, String> getReadings() { return readings; }
    public void setReadings(Map<String, String> readings) { this.readings = readings; }
    public @Nullable String getTensileMpa() { return tensileMpa; }
    public void setTensileMpa(@Nullable String tensileMpa) { this.tensileMpa = tensileMpa; }
    public @Nullable String getHardnessHb() { return hardnessHb; }
    public void setHardnessHb(@Nullable String hardnessHb) { this.hardnessHb = hardnessHb; }
    public @Nullable SpecimenKind getSpecimen() { return specimen; }
    public void setSpecimen(@Nullable SpecimenKind specimen) { this.specimen = specimen; }
    public List<ChargeRow> getCharges() { return charges; }
    public void setCharges(List<ChargeRow> charges) { this.charges = charges; }
}
