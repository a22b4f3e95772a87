package id.sentra.demand.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.sentra.demand.CallOffDetails;

/** What the call-off form posts: which line, which month, how many pieces, the buyer's delivery-order number. */
public class CallOffForm {

    private int version;
    private int lineNo = 1;
    private @Nullable String period;
    private @Nullable Integer quantity;
    private @Nullable String reference;

    @Nullable CallOffDetails toDetails(BindingResult binding) {
        var month = Periods.parse(period);
        if (month == null) {
            binding.rejectValue("period", "rfq.period.invalid");
        }
        if (quantity == null || quantity < 1) {
            binding.rejectValue("quantity", "field.positive");
        }
        return binding.hasErrors() || month == null || quantity == null ? null
                : new CallOffDetails(lineNo, month, quantity, reference == null || reference.isBlank() ? null : reference.trim());
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public int getLineNo() { return lineNo; }
    public void setLineNo(int lineNo) { this.lineNo = lineNo; }
    public @Nullable String getPeriod() { return period; }
    public void setPeriod(@Nullable String period) { this.period = period; }
    public @Nullable Integer getQuantity() { return quantity; }
    public void setQuantity(@Nullable Integer quantity) { this.quantity = quantity; }
    public @Nullable String getReference() { return reference; }
    public void setReference(@Nullable String reference) { this.reference = reference; }
}
