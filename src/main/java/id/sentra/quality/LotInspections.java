package id.sentra.quality;

import java.util.List;
import java.util.Optional;

/**
 * Read access to lot inspections for the parts built on them (certificates, SPC, scorecards). Not
 * scoped by user: the caller checks who may see the lot.
 */
public interface LotInspections {

    /** The latest inspection of a lot, if it was inspected. */
    Optional<LotInspection> ofLot(long lotId);

    /** A member's inspections, oldest first. */
    List<LotInspection> ofMember(long memberId);

    /** A cooperative's inspections, oldest first. */
    List<LotInspection> ofCooperative(long cooperativeId);

    /** A member's inspections on or after {@code from}, oldest first. */
    default List<LotInspection> ofMember(long memberId, java.time.LocalDate from) {
        return ofMember(memberId).stream().filter(i -> !i.inspectedOn().isBefore(from)).toList();
    }

    /** A cooperative's inspections on or after {@code from}, oldest first. */
    default List<LotInspection> ofCooperative(long cooperativeId, java.time.LocalDate from) {
        return ofCooperative(cooperativeId).stream().filter(i -> !i.inspectedOn().isBefore(from)).toList();
    }

    /** A cooperative's {@code newest} latest inspections on or after {@code from}, oldest first (a chart's sample). */
    default List<LotInspection> latestOfCooperative(long cooperativeId, java.time.LocalDate from, int newest) {
        var all = ofCooperative(cooperativeId, from);
        return all.subList(Math.max(0, all.size() - newest), all.size());
    }
}
