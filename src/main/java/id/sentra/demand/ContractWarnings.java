package id.sentra.demand;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the cooperative should look at on a contract: lines falling behind on offtake, specification changes not yet acknowledged. */
public record ContractWarnings(List<OfftakeShortfall> offtake, List<SpecChangeView> specificationChanges) {

    public static final ContractWarnings NONE = new ContractWarnings(List.of(), List.of());

    public boolean any() {
        return !offtake.isEmpty() || !specificationChanges.isEmpty();
    }

    public int strandedPieces() {
        return offtake.stream().mapToInt(OfftakeShortfall::shortfall).sum();
    }

    /** Value of the stranded pieces at contract prices; null when a short line has no price. */
    public @Nullable Rupiah valueAtRisk() {
        var total = Rupiah.ZERO;
        for (var line : offtake) {
            if (line.valueAtRisk() == null) {
                return null;
            }
            total = total.plus(line.valueAtRisk());
        }
        return total;
    }
}
