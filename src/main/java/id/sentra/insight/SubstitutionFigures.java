package id.sentra.insight;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import id.sentra.demand.ProductFamily;
import id.sentra.demand.Rupiah;

/**
 * The import-substitution figures for one filter: rows by cluster and product family, the value by quarter and
 * family, and the totals, in which each member, its workers and each buyer count once however many rows they span.
 */
public record SubstitutionFigures(SubstitutionFilter filter, List<SubstitutionRow> rows, List<QuarterValue> byQuarter,
                                  Totals totals, @JsonIgnore List<LineValue> lines) {

    public SubstitutionFigures {
        rows = List.copyOf(rows);
        byQuarter = List.copyOf(byQuarter);
        lines = List.copyOf(lines);
    }

    /**
     * Value of one contract line in the figures: what a TKDN distribution weights each product's TKDN by. Kept out of
     * the API and the page, since one line's value is one buyer's business; aggregates only leave this module.
     */
    public record LineValue(long contractId, int lineNo, long clusterId, ProductFamily family, Rupiah value) {
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
