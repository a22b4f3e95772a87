package id.sentra.quality.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import id.sentra.quality.NewSpecification;
import id.sentra.quality.ProductSpecification;
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;
import id.sentra.quality.SamplingTerms;

/** What the new-specification and revise forms post: the part (new only) and the revision's content. */
public class SpecificationForm {

    static final int EMPTY_ROWS = 2;

    private @Nullable Long cooperativeId;
    private @Nullable Long buyerId;
    private String partNumber = "";
    private String partName = "";
    private int version;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate effectiveFrom;
    private String reason = "";
    private String drawingReference = "";
    private String drawingRevision = "";
    private String gradeCode = "";
    private String loadClass = "";
    private String inspectionLevel = SamplingTerms.DEFAULT.inspectionLevel();
    private String aql = SamplingTerms.DEFAULT.aqlPrinted();
    private List<CharacteristicField> characteristics = new ArrayList<>();
    private List<ChemistryField> chemistry = new ArrayList<>();

    /** A revise form filled with the latest revision, so a person changes only what changes. */
    static SpecificationForm revising(ProductSpecification spec, LocalDate today) {
        var form = new SpecificationForm();
        var content = spec.latest().content();
        form.version = spec.version();
        form.effectiveFrom = today.isBefore(spec.latest().effectiveFrom()) ? spec.latest().effectiveFrom() : today;
        form.drawingReference = content.drawingReference();
        form.drawingRevision = content.drawingRevision();
        form.gradeCode = content.gradeCode();
        form.loadClass = content.loadClass() == null ? "" : content.loadClass();
        form.inspectionLevel = content.sampling().inspectionLevel();
        form.aql = content.sampling().aqlPrinted();
        content.characteristics().forEach(c -> form.characteristics.add(CharacteristicField.from(c)));
        content.chemistry().forEach(c -> form.chemistry.add(ChemistryField.from(c)));
        return form.withEmptyRows();
    }

    /** Room for a few more rows; blank rows are ignored when saved. */
    SpecificationForm withEmptyRows() {
        for (int i = 0; i < EMPTY_ROWS; i++) {
            characteristics.add(new CharacteristicField());
            chemistry.add(new ChemistryField());
        }
        return this;
    }

    /** Drops blank rows first, so a problem's row number is the row the person sees after the page comes back. */
    void compact() {
        characteristics = new ArrayList<>(characteristics.stream().filter(c -> !c.blank()).toList());
        chemistry = new ArrayList<>(chemistry.stream().filter(c -> !c.blank()).toList());
    }

    /** The revision as entered, or null when a row names no element (marked on the form). */
    @Nullable RevisionRequest toRequest(BindingResult binding) {
        for (int i = 0; i < chemistry.size(); i++) {
            if (chemistry.get(i).getElement() == null) {
                binding.rejectValue("chemistry[" + i + "].element", "field.required");
            }
        }
        BigDecimal aqlPercent = null;
        try {
            aqlPercent = new BigDecimal(aql.trim());
        } catch (NumberFormatException e) {
            binding.rejectValue("aql", "pspec.sampling.aql.unknown", new Object[] {aql}, null);
        }
        if (binding.hasErrors() || aqlPercent == null) {
            return null;
        }
        var content = new RevisionContent(drawingReference.trim(), drawingRevision.trim(), gradeCode.trim(),
                loadClass.isBlank() ? null : loadClass.trim(),
                characteristics.stream().map(CharacteristicField::toCharacteristic).toList(),
                chemistry.stream().map(ChemistryField::toLimit).toList(),
                new SamplingTerms(inspectionLevel.trim(), aqlPercent));
        return new RevisionRequest(effectiveFrom, reason, content);
    }

    NewSpecification toNew(RevisionRequest first) {
        return new NewSpecification(cooperativeId, buyerId, partNumber, partName, first);
    }

    /** The rules name limits min and max; the form calls them lower and upper. */
    static String formField(String field) {
        return field.startsWith("characteristics[") ? field.replace(".min", ".lower").replace(".max", ".upper") : field;
    }

    public @Nullable Long getCooperativeId() { return cooperativeId; }
    public void setCooperativeId(@Nullable Long cooperativeId) { this.cooperativeId = cooperativeId; }
    public @Nullable Long getBuyerId() { return buyerId; }
    public void setBuyerId(@Nullable Long buyerId) { this.buyerId = buyerId; }
    public String getPartNumber() { return partNumber; }
    public void setPartNumber(String partNumber) { this.partNumber = partNumber; }
    public String getPartName() { return partName; }
    public void setPartName(String partName) { this.partName = partName; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public @Nullable LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDrawingReference() { return drawingReference; }
    public void setDrawingReference(String drawingReference) { this.drawingReference = drawingReference; }
    public String getDrawingRevision() { return drawingRevision; }
    public void setDrawingRevision(String drawingRevision) { this.drawingRevision = drawingRevision; }
    public String getGradeCode() { return gradeCode; }
    public void setGradeCode(String gradeCode) { this.gradeCode = gradeCode; }
    public String getLoadClass() { return loadClass; }
    public void setLoadClass(String loadClass) { this.loadClass = loadClass; }
    public String getInspectionLevel() { return inspectionLevel; }
    public void setInspectionLevel(String inspectionLevel) { this.inspectionLevel = inspectionLevel; }
    public String getAql() { return aql; }
    public void setAql(String aql) { this.aql = aql; }
    public List<CharacteristicField> getCharacteristics() { return characteristics; }
    public void setCharacteristics(List<CharacteristicField> characteristics) { this.characteristics = characteristics; }
    public List<ChemistryField> getChemistry() { return chemistry; }
    public void setChemistry(List<ChemistryField> chemistry) { this.chemistry = chemistry; }
}
