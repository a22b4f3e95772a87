package id.sentra.demand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One contract (or RFQ) as the person asking may see it: terms, lines with schedule against call-offs,
 * quotes, history, warnings, and the actions open to that person now.
 */
public record ContractView(
        long id,
        String reference,
        String title,
        ContractStatus status,
        long buyerId,
        String buyerName,
        @Nullable Long cooperativeId,
        @Nullable String cooperativeName,
        boolean onBehalf,
        BigDecimal tkdnFloor,
        QualityRequirements quality,
        @Nullable LocalDate quotesDueBy,
        List<LineView> lines,
        List<QuoteView> quotes,
        @Nullable Integer awardedQuote,
        List<CallOffView> callOffs,
        List<StatusChange> history,
        List<SpecChangeView> specificationChanges,
        ContractWarnings warnings,
        Set<ContractAction> actions,
        int version,
        Instant createdAt,
        String createdBy,
        Instant modifiedAt,
        String modifiedBy) {

    /** Contract value at contract (or target) prices over the whole schedule; null while a line has no price. */
    public @Nullable Rupiah totalValue() {
        var total = Rupiah.ZERO;
        for (var line : lines) {
            if (line.unitPrice() == null) {
                return null;
            }
            total = total.plus(line.unitPrice().times(line.scheduledTotal()));
        }
        return total;
    }

    public boolean can(ContractAction action) {
        return actions.contains(action);
    }

    /** One line with its schedule, month by month against what the buyer called off. */
    public record LineView(int lineNo, LineSpecification specification, @Nullable Rupiah unitPrice, List<MonthRow> months,
                           int scheduledTotal, int calledOffTotal, ProductOrigin origin) {

        public BigDecimal scheduledWeightKg() {
            return specification.unitWeightKg().multiply(BigDecimal.valueOf(scheduledTotal));
        }
    }

    /** One month of one line: scheduled (committed) and called off, each also cumulated from the first month. */
    public record MonthRow(java.time.YearMonth period, int scheduled, int calledOff, int cumulativeScheduled,
                           int cumulativeCalledOff) {
    }

    /** A quote with its prices in line order and the value it adds up to over the schedule. */
    public record QuoteView(int quoteNo, long cooperativeId, List<Rupiah> unitPrices, Rupiah totalValue, int leadTimeDays,
                            int capacityPerMonth, @Nullable String note, String quotedBy, Instant quotedAt) {
    }

    public record CallOffView(int lineNo, java.time.YearMonth period, int quantity, @Nullable String reference,
                              String releasedBy, Instant releasedAt) {
    }
}
