package id.sentra.tkdn.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import id.sentra.platform.FieldProblem;
import id.sentra.tkdn.CostKind;
import id.sentra.tkdn.FactoryBasis;
import id.sentra.tkdn.Regulation;
import id.sentra.tkdn.product.CostDraft;
import id.sentra.tkdn.product.LineDraft;
import id.sentra.tkdn.product.OriginKind;

/**
 * The cost-structure form: the product's settings and one row per line, plus one empty row to add a line. A row
 * marked for removal, or left empty, is not sent on. Numbers are read with a decimal comma or point.
 */
public class CostForm {

    /** A minus sign is read, so that the cost rules (not the parser) tell the user a price must be above zero. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private int version;
    private @Nullable Regulation regulation;
    private @Nullable FactoryBasis factoryBasis;
    private @Nullable String bmpPercent;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate heatsFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate heatsTo;
    private List<LineForm> lines = new ArrayList<>();
    private final List<Integer> rowOfDraft = new ArrayList<>();

    static CostForm of(CostDraft draft, int version) {
        var form = new CostForm();
        form.version = version;
        form.regulation = draft.regulation();
        form.factoryBasis = draft.factoryBasis();
        form.bmpPercent = draft.bmpPercent().stripTrailingZeros().toPlainString();
        form.heatsFrom = draft.heatsFrom();
        form.heatsTo = draft.heatsTo();
        draft.lines().forEach(l -> form.lines.add(LineForm.of(l)));
        form.addBlankRow();
        return form;
    }

    void addBlankRow() {
        if (lines.isEmpty() || !lines.getLast().isEmpty()) {
            lines.add(new LineForm());
        }
    }

    /** The draft the service checks; numbers that cannot be read are reported against their row. */
    @SuppressWarnings("DataFlowIssue") // nulls are the service's to report, field by field
    CostDraft toDraft(List<FieldProblem> problems) {
        var drafts = new ArrayList<LineDraft>();
        rowOfDraft.clear();
        for (int row = 0; row < lines.size(); row++) {
            var line = lines.get(row);
            if (line.isRemove() || line.isEmpty()) {
                continue;
            }
            rowOfDraft.add(row);
            String at = "lines[" + row + "].";
            drafts.add(new LineDraft(line.getItem() == null ? "" : line.getItem(), line.getKind(),
                    number(line.getQuantity(), at + "quantity", problems), number(line.getUnitPrice(), at + "unitPrice", problems),
                    line.getOrigin(), number(line.getCertifiedPercent(), at + "certifiedPercent", problems),
                    line.getCertificate(), line.isFromHeats()));
        }
        return new CostDraft(regulation, factoryBasis, number(bmpPercent == null || bmpPercent.isBlank() ? "0" : bmpPercent,
                "bmpPercent", problems), heatsFrom, heatsTo, drafts);
    }

    /** A rule's field about the n-th line sent on, renamed to the form row it came from. */
    String formField(String field) {
        var matcher = Pattern.compile("^lines\\[(\\d+)]").matcher(field);
        if (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index < rowOfDraft.size()) {
                return "lines[" + rowOfDraft.get(index) + "]" + field.substring(matcher.end());
            }
        }
        return field;
    }

    private static @Nullable BigDecimal number(@Nullable String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (!NUMBER.matcher(trimmed).matches()) {
            problems.add(FieldProblem.of(field, "tkdn.error.number", trimmed));
            return null;
        }
        return new BigDecimal(trimmed.replace(',', '.'));
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public @Nullable Regulation getRegulation() { return regulation; }
    public void setRegulation(@Nullable Regulation regulation) { this.regulation = regulation; }
    public @Nullable FactoryBasis getFactoryBasis() { return factoryBasis; }
    public void setFactoryBasis(@Nullable FactoryBasis factoryBasis) { this.factoryBasis = factoryBasis; }
    public @Nullable String getBmpPercent() { return bmpPercent; }
    public void setBmpPercent(@Nullable String bmpPercent) { this.bmpPercent = bmpPercent; }
    public @Nullable LocalDate getHeatsFrom() { return heatsFrom; }
    public void setHeatsFrom(@Nullable LocalDate heatsFrom) { this.heatsFrom = heatsFrom; }
    public @Nullable LocalDate getHeatsTo() { return heatsTo; }
    public void setHeatsTo(@Nullable LocalDate heatsTo) { this.heatsTo = heatsTo; }
    public List<LineForm> getLines() { return lines; }
    public void setLines(List<LineForm> lines) { this.lines = lines; }

    /** One row of the form. */
    public static class LineForm {
        private @Nullable String item;
        private CostKind kind = CostKind.OTHER_MATERIAL;
        private @Nullable String quantity;
        private @Nullable String unitPrice;
        private OriginKind origin = OriginKind.DOMESTIC;
        private @Nullable String certifiedPercent;
        private @Nullable String certificate;
        private boolean fromHeats;
        private boolean remove;

        static LineForm of(LineDraft draft) {
            var form = new LineForm();
            form.item = draft.item();
            form.kind = draft.kind();
            form.quantity = draft.quantity().stripTrailingZeros().toPlainString();
            form.unitPrice = draft.unitPrice().stripTrailingZeros().toPlainString();
            form.origin = draft.origin();
            form.certifiedPercent = draft.certifiedPercent() == null ? null : draft.certifiedPercent().stripTrailingZeros().toPlainString();
            form.certificate = draft.certificate();
            form.fromHeats = draft.fromHeats();
            return form;
        }

        boolean isEmpty() {
            return (item == null || item.isBlank()) && (quantity == null || quantity.isBlank())
                    && (unitPrice == null || unitPrice.isBlank());
        }

        public @Nullable String getItem() { return item; }
        public void setItem(@Nullable String item) { this.item = item; }
        public CostKind getKind() { return kind; }
        public void setKind(CostKind kind) { this.kind = kind; }
        public @Nullable String getQuantity() { return quantity; }
        public void setQuantity(@Nullable String quantity) { this.quantity = quantity; }
        public @Nullable String getUnitPrice() { return unitPrice; }
        public void setUnitPrice(@Nullable String unitPrice) { this.unitPrice = unitPrice; }
        public OriginKind getOrigin() { return origin; }
        public void setOrigin(OriginKind origin) { this.origin = origin; }
        public @Nullable String getCertifiedPercent() { return certifiedPercent; }
        public void setCertifiedPercent(@Nullable String certifiedPercent) { this.certifiedPercent = certifiedPercent; }
        public @Nullable String getCertificate() { return certificate; }
        public void setCertificate(@Nullable String certificate) { this.certificate = certificate; }
        public boolean isFromHeats() { return fromHeats; }
        public void setFromHeats(boolean fromHeats) { this.fromHeats = fromHeats; }
        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }
}
