package id.sentra.matching;

import java.util.List;

/**
 * One page of a ranking: the candidates from position {@code offset} (eligible first, best first; then the others
 * by name), how many members are eligible and how many are not, and the conditions most often failed with how many
 * members fail each, so that a buyer learns why members are left out without reading every one of them.
 */
public record Ranking(List<Candidate> candidates, int offset, int limit, long eligible, long notEligible,
                      List<Shortfall> commonLacks) {

    public long total() {
        return eligible + notEligible;
    }

    public boolean hasMore() {
        return offset + candidates.size() < total();
    }

    /** A condition, as what members lack, and how many members in scope lack it. */
    public record Shortfall(Reason lack, long members) {
    }
}
