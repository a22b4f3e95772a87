package id.sentra.demand.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.sentra.demand.ContractView;
import id.sentra.demand.LineSpecification;
import id.sentra.demand.MonthlyQuantity;
import id.sentra.demand.PriorSource;
import id.sentra.demand.ProductFamily;
import id.sentra.demand.ProductOrigin;
import id.sentra.demand.RfqLine;
import id.sentra.demand.Rupiah;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/**
 * One line of the RFQ form, also the specification-change form: the part, its material, and a
 * monthly schedule — level (so many pieces a month for so many months), or varying, pasted as one
 * quantity per month (a row copied from the buyer's spreadsheet).
 */
public class LineRow {

    static final int MAX_MONTHS = 60;

    private String partName = "";
    private String buyerPartNumber = "";
    private String drawingReference = "";
    private String drawingRevision = "";
    private String materialGrade = "";
    private @Nullable MaterialFamily materialFamily;
    private Set<Process> processes = EnumSet.noneOf(Process.class);
    private @Nullable BigDecimal unitWeightKg;
    private @Nullable Long targetPrice;
    private @Nullable String firstPeriod;
    private @Nullable Integer months = 12;
    private @Nullable Integer quantityPerMonth;
    private String monthlyQuantities = "";
    private @Nullable ProductFamily productFamily = ProductFamily.OTHER;
    private @Nullable PriorSource priorSource = PriorSource.NOT_RECORDED;
    private String priorCountry = "";

    static LineRow from(ContractView.LineView line) {
        var row = from(line.specification());
        row.targetPrice = line.unitPrice() == null ? null : line.unitPrice().amount();
        row.productFamily = line.origin().productFamily();
        row.priorSource = line.origin().priorSource();
        row.priorCountry = line.origin().importedFrom() == null ? "" : line.origin().importedFrom();
        var scheduled = line.months().stream().filter(m -> m.scheduled() > 0).toList();
        if (!scheduled.isEmpty()) {
            row.firstPeriod = scheduled.getFirst().period().toString();
            row.months = scheduled.size();
            row.quantityPerMonth = scheduled.getFirst().scheduled();
            var span = line.months().stream().filter(m -> !m.period().isBefore(scheduled.getFirst().period())
                    && !m.period().isAfter(scheduled.getLast().period())).toList();
            if (span.size() != scheduled.size() || scheduled.stream().anyMatch(m -> m.scheduled() != row.quantityPerMonth)) {
                row.monthlyQuantities = String.join(" ", span.stream().map(m -> String.valueOf(m.scheduled())).toList());
            }
        }
        return row;
    }

    static LineRow from(LineSpecification spec) {
        var row = new LineRow();
        row.partName = spec.partName();
        row.buyerPartNumber = spec.buyerPartNumber();
        row.drawingReference = spec.drawingReference();
        row.drawingRevision = spec.drawingRevision();
        row.materialGrade = spec.materialGrade();
        row.materialFamily = spec.materialFamily();
        row.processes = spec.processes().isEmpty() ? EnumSet.noneOf(Process.class) : EnumSet.copyOf(spec.processes());
        row.unitWeightKg = spec.unitWeightKg();
        return row;
    }

    void checkSchedule(BindingResult binding, String prefix) {
        if (Periods.parse(firstPeriod) == null) {
            binding.rejectValue(prefix + "firstPeriod", "rfq.period.invalid");
        }
        if (!monthlyQuantities.isBlank()) {
            MonthlyQuantities.check(monthlyQuantities, MAX_MONTHS)
                    .ifPresent(problem -> binding.rejectValue(prefix + "monthlyQuantities", problem.messageKey(), problem.arguments(), null));
            return;
        }
        if (months == null || months < 1 || months > MAX_MONTHS) {
            binding.rejectValue(prefix + "months", "rfq.months.range", new Object[] {MAX_MONTHS}, null);
        }
        if (quantityPerMonth == null || quantityPerMonth < 1) {
            binding.rejectValue(prefix + "quantityPerMonth", "field.positive");
        }
    }

    LineSpecification toSpecification() {
        return new LineSpecification(partName.trim(), buyerPartNumber.trim(), drawingReference.trim(), drawingRevision.trim(),
                materialGrade.trim(), materialFamily, processes, unitWeightKg);
    }

    RfqLine toLine() {
        YearMonth first = Periods.parse(firstPeriod);
        List<Integer> quantities = !monthlyQuantities.isBlank() ? MonthlyQuantities.parse(monthlyQuantities)
                : months == null || quantityPerMonth == null ? List.of() : java.util.Collections.nCopies(months, quantityPerMonth);
        List<MonthlyQuantity> schedule = first == null ? List.of()
                : IntStream.range(0, quantities.size()).filter(i -> quantities.get(i) > 0)
                        .mapToObj(i -> new MonthlyQuantity(first.plusMonths(i), quantities.get(i))).toList();
        return new RfqLine(toSpecification(), targetPrice == null || targetPrice < 0 ? null : Rupiah.of(targetPrice), schedule,
                toOrigin());
    }

    /** The family and prior source as typed; missing parts are left null for the rules to name. */
    ProductOrigin toOrigin() {
        return new ProductOrigin(productFamily, priorSource, priorCountry);
    }

    public String getPartName() { return partName; }
    public void setPartName(String partName) { this.partName = partName; }
    public String getBuyerPartNumber() { return buyerPartNumber; }
    public void setBuyerPartNumber(String buyerPartNumber) { this.buyerPartNumber = buyerPartNumber; }
    public String getDrawingReference() { return drawingReference; }
    public void setDrawingReference(String drawingReference) { this.drawingReference = drawingReference; }
    public String getDrawingRevision() { return drawingRevision; }
    public void setDrawingRevision(String drawingRevision) { this.drawingRevision = drawingRevision; }
    public String getMaterialGrade() { return materialGrade; }
    public void setMaterialGrade(String materialGrade) { this.materialGrade = materialGrade; }
    public @Nullable MaterialFamily getMaterialFamily() { return materialFamily; }
    public void setMaterialFamily(@Nullable MaterialFamily materialFamily) { this.materialFamily = materialFamily; }
    public Set<Process> getProcesses() { return processes; }
    public void setProcesses(Set<Process> processes) { this.processes = processes; }
    public @Nullable BigDecimal getUnitWeightKg() { return unitWeightKg; }
    public void setUnitWeightKg(@Nullable BigDecimal unitWeightKg) { this.unitWeightKg = unitWeightKg; }
    public @Nullable Long getTargetPrice() { return targetPrice; }
    public void setTargetPrice(@Nullable Long targetPrice) { this.targetPrice = targetPrice; }
    public @Nullable String getFirstPeriod() { return firstPeriod; }
    public void setFirstPeriod(@Nullable String firstPeriod) { this.firstPeriod = firstPeriod; }
    public @Nullable Integer getMonths() { return months; }
    public void setMonths(@Nullable Integer months) { this.months = months; }
    public String getMonthlyQuantities() { return monthlyQuantities; }
    public void setMonthlyQuantities(@Nullable String monthlyQuantities) { this.monthlyQuantities = monthlyQuantities == null ? "" : monthlyQuantities; }
    public @Nullable ProductFamily getProductFamily() { return productFamily; }
    public void setProductFamily(@Nullable ProductFamily productFamily) { this.productFamily = productFamily; }
    public @Nullable PriorSource getPriorSource() { return priorSource; }
    public void setPriorSource(@Nullable PriorSource priorSource) { this.priorSource = priorSource; }
    public String getPriorCountry() { return priorCountry; }
    public void setPriorCountry(@Nullable String priorCountry) { this.priorCountry = priorCountry == null ? "" : priorCountry; }
    public @Nullable Integer getQuantityPerMonth() { return quantityPerMonth; }
    public void setQuantityPerMonth(@Nullable Integer quantityPerMonth) { this.quantityPerMonth = quantityPerMonth; }
}
