package id.sentra.demand;

import java.time.Instant;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/** One row of the contract list: enough to find a contract and to see at a glance whether it needs attention. */
public record ContractSummary(long id, String reference, String title, ContractStatus status, long buyerId, String buyerName,
                              @Nullable Long cooperativeId, @Nullable String cooperativeName, int lines, int scheduledPieces,
                              @Nullable YearMonth firstMonth, @Nullable YearMonth lastMonth, @Nullable Rupiah totalValue,
                              int strandedPieces, @Nullable Rupiah valueAtRisk, int openSpecificationChanges,
                              Instant modifiedAt) {

    public boolean offtakeWarning() {
        return strandedPieces > 0;
    }
}
