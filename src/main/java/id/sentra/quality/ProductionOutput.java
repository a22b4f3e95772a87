package id.sentra.quality;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Good pieces made but not yet shipped, summed per contract line, member and quarter of the day the lot was made,
 * for figures across clusters (import substitution). Not scoped by person: the caller shows aggregates only.
 */
public interface ProductionOutput {

    /** Good pieces one member made for one contract line in one quarter, on work orders not yet shipped. */
    record Made(long contractId, int lineNo, long cooperativeId, long memberId, int year, int quarter, long pieces) {
    }

    /**
     * Lots of the given contracts' work orders that are not shipped yet, made in [from, until) when given, leaving
     * out lots whose standing disposition is a rejection. A shipped work order counts as shipped, not here.
     */
    List<Made> madeNotShipped(Collection<Long> contractIds, @Nullable Long cooperativeId, @Nullable LocalDate from,
                              @Nullable LocalDate until);
}
