package id.sentra.allocation.planning;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import id.sentra.registry.MaterialFamily;

/**
 * One contract line to split: what it is poured from, how heavy a piece is, how many pieces each
 * month, the smallest lot worth a pattern and mould set-up, and the largest share one member may take.
 */
public record LineDemand(String key, String label, MaterialFamily material, int gramsPerPiece,
                         Map<YearMonth, Integer> pieces, int minLot, double maxShare) {

    public LineDemand {
        pieces = new TreeMap<>(pieces);
        if (gramsPerPiece < 1 || minLot < 0 || maxShare <= 0 || maxShare > 1) {
            throw new IllegalArgumentException("Line " + key + ": weight, minimum lot or maximum share out of range");
        }
    }

    public int piecesIn(YearMonth month) {
        return pieces.getOrDefault(month, 0);
    }

    /** Most pieces one member may make in a month: the supply-risk cap. */
    public int maxPerMember(YearMonth month) {
        return (int) Math.floor(maxShare * piecesIn(month));
    }
}
