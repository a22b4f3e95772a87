package id.sentra.insight;

import com.fasterxml.jackson.annotation.JsonProperty;

import id.sentra.demand.ProductFamily;
import id.sentra.demand.Rupiah;

/**
 * Import substitution of one product family in one cluster: pieces and their value at contract prices, shipped
 * and made but not yet shipped; the members that made them, their workers (counted plainly: every worker of each
 * such member) and the buyers that bought them.
 */
public record SubstitutionRow(long clusterId, String clusterName, ProductFamily family, long piecesShipped, long piecesMade,
                              Rupiah valueShipped, Rupiah valueMade, int members, long workers, int buyers) {

    @JsonProperty("value")
    public Rupiah value() {
        return valueShipped.plus(valueMade);
    }

    @JsonProperty("pieces")
    public long pieces() {
        return piecesShipped + piecesMade;
    }
}
