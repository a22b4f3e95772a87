package id.sentra.insight;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import id.sentra.demand.ProductFamily;
import id.sentra.demand.Rupiah;

/**
 * The import-substitution figures for one filter: rows by cluster and product family, the value by quarter and
 * family, and the totals, in which each member, its workers and each buyer count once however many rows they span.
 */
public record SubstitutionFigures(SubstitutionFilter filter, List<SubstitutionRow> rows, List<QuarterValue> byQuarter,
                                  Totals totals) {

    public SubstitutionFigures {
        rows = List.copyOf(rows);
        byQuarter = List.copyOf(byQuarter);
    }

    /** Value of one family in one quarter, {@code quarter} written as 2026-Q3. */
    public record QuarterValue(String quarter, ProductFamily family, Rupiah value) {
    }

    public record Totals(long piecesShipped, long piecesMade, Rupiah valueShipped, Rupiah valueMade, int members, long workers,
                         int buyers, int clusters) {

        @JsonProperty("value")
    public Rupiah value() {
            return valueShipped.plus(valueMade);
        }
    }
}
