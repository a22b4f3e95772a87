package id.sentra.demand.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import id.sentra.demand.CertificateType;
import id.sentra.demand.ContractView;
import id.sentra.demand.QualityRequirements;
import id.sentra.demand.RfqDetails;

/**
 * What the RFQ form posts: the terms and one or more lines, each with a plain monthly schedule (from a month,
 * for so many months, so many pieces a month) that a buyer can type on a phone. Mutable because Spring binds
 * it field by field; its names match the rule fields of the demand module.
 */
public class ContractForm {

    private int version;
    private String title = "";
    private String reference = "";
    private @Nullable Long buyerId;
    private @Nullable Long cooperativeId;
    private @Nullable BigDecimal tkdnFloor = BigDecimal.valueOf(40);
    private @Nullable BigDecimal minCpk;
    private CertificateType certificate = CertificateType.EN_10204_3_1;
    private boolean chemistryCertificate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate quotesDueBy;
    private List<LineRow> lines = new ArrayList<>(List.of(new LineRow()));

    static ContractForm from(ContractView view) {
        var form = new ContractForm();
        form.version = view.version();
        form.title = view.title();
        form.reference = view.reference();
        form.buyerId = view.buyerId();
        form.cooperativeId = view.cooperativeId();
        form.tkdnFloor = view.tkdnFloor();
        form.minCpk = view.quality().minCpk();
        form.certificate = view.quality().certificate();
        form.chemistryCertificate = view.quality().chemistryCertificate();
        form.quotesDueBy = view.quotesDueBy();
        form.lines = new ArrayList<>(view.lines().stream().map(LineRow::from).toList());
        return form;
    }

    /** Checks what only the form knows (its schedule fields), then the RFQ these fields describe; null if they cannot. */
    @Nullable RfqDetails toDetails(BindingResult binding) {
        var rows = lines.stream().filter(Objects::nonNull).toList();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).checkSchedule(binding, "lines[" + i + "].");
        }
        if (binding.hasErrors()) {
            return null;
        }
        return new RfqDetails(title, reference, buyerId, cooperativeId, tkdnFloor,
                new QualityRequirements(minCpk, certificate, chemistryCertificate), quotesDueBy,
                rows.stream().map(LineRow::toLine).toList());
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public @Nullable Long getBuyerId() { return buyerId; }
    public void setBuyerId(@Nullable Long buyerId) { this.buyerId = buyerId; }
    public @Nullable Long getCooperativeId() { return cooperativeId; }
    public void setCooperativeId(@Nullable Long cooperativeId) { this.cooperativeId = cooperativeId; }
    public @Nullable BigDecimal getTkdnFloor() { return tkdnFloor; }
    public void setTkdnFloor(@Nullable BigDecimal tkdnFloor) { this.tkdnFloor = tkdnFloor; }
    public @Nullable BigDecimal getMinCpk() { return minCpk; }
    public void setMinCpk(@Nullable BigDecimal minCpk) { this.minCpk = minCpk; }
    public CertificateType getCertificate() { return certificate; }
    public void setCertificate(CertificateType certificate) { this.certificate = certificate; }
    public boolean isChemistryCertificate() { return chemistryCertificate; }
    public void setChemistryCertificate(boolean chemistryCertificate) { this.chemistryCertificate = chemistryCertificate; }
    public @Nullable LocalDate getQuotesDueBy() { return quotesDueBy; }
    public void setQuotesDueBy(@Nullable LocalDate quotesDueBy) { this.quotesDueBy = quotesDueBy; }
    public List<LineRow> getLines() { return lines; }
    public void setLines(List<LineRow> lines) { this.lines = lines; }
}
