package id.sentra.quality.scorecard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.sentra.matching.SupplierRecord;
import id.sentra.matching.SupplierRecords;

/**
 * The members' records as matchmaking and allocation read them, over the last twelve months: defective PPM
 * as the sample estimate of the lots' first inspections, and the on-time share of the work orders due.
 * Summed in the database once a month (two queries), then kept: each call first refreshes only the members whose
 * work orders or inspections changed since the last call, so a ranking over every cluster does not sum millions
 * of rows each time (bench/results.md) and still sees a shipment or an inspection at once.
 */
@Component
class QualityRecords implements SupplierRecords {

    /** Changes are read again from this far back: a transaction commits a little after it stamps its rows, clocks differ. */
    private static final Duration OVERLAP = Duration.ofMinutes(2);

    private final WorkOrderDeliveries deliveries;
    private final InspectionHistory inspections;
    private final RecordChanges changes;
    private final Clock clock;
    private @Nullable Kept kept;
    /** {@link System#nanoTime()} when the last look at the database began. */
    private long checkedAt;

    QualityRecords(WorkOrderDeliveries deliveries, InspectionHistory inspections, RecordChanges changes, Clock clock) {
        this.deliveries = deliveries;
        this.inspections = inspections;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * As of a look at the database that began after this call did: a burst of rankings queued behind one look shares
     * the next one instead of each looking again in turn.
     */
    @Override
    public Map<Long, SupplierRecord> all() {
        long arrived = System.nanoTime();
        synchronized (this) {
            var current = YearMonth.now(clock);
            if (kept != null && kept.month().equals(current) && checkedAt - arrived > 0) {
                return kept.records();
            }
            long started = System.nanoTime();
            kept = refreshed(current);
            checkedAt = started;
            return kept.records();
        }
    }

    private Kept refreshed(YearMonth current) {
        var now = clock.instant();
        if (kept == null || !kept.month().equals(current)) {
            return new Kept(current, now, Map.copyOf(sum(current, null)));
        }
        var changed = changes.between(kept.asOf().minus(OVERLAP), now);
        if (changed.isEmpty()) {
            return new Kept(current, now, kept.records());
        }
        var records = new HashMap<>(kept.records());
        changed.forEach(records::remove);
        records.putAll(sum(current, changed));
        return new Kept(current, now, Map.copyOf(records));
    }

    /** Every member's record, or only the given members'; a member with neither orders nor inspections has none. */
    private Map<Long, SupplierRecord> sum(YearMonth current, @Nullable Collection<Long> only) {
        return combine(deliveries.byMember(current, only), inspections.tallies(current, only));
    }

    /** The records of one cooperative's members only, each summed in the database (the cooperative's quality page). */
    Map<Long, SupplierRecord> ofCooperative(long cooperativeId) {
        var current = YearMonth.now(clock);
        return combine(deliveries.byMember(current, cooperativeId), inspections.tallyOfCooperative(cooperativeId, current));
    }

    private static Map<Long, SupplierRecord> combine(Map<Long, DeliveryTally> onTime, Map<Long, InspectionTally> quality) {
        var members = new HashSet<>(onTime.keySet());
        members.addAll(quality.keySet());
        var records = new HashMap<Long, SupplierRecord>();
        for (long member : members) {
            records.put(member, record(quality.getOrDefault(member, InspectionTally.NONE), onTime.getOrDefault(member, DeliveryTally.NONE)));
        }
        return records;
    }

    static SupplierRecord record(InspectionTally quality, DeliveryTally delivery) {
        return new SupplierRecord(quality.lots(), quality.defectivePpm().orElse(0), delivery.share().orElse(-1));
    }

    /** The records of one month, as of a moment of the clock. */
    private record Kept(YearMonth month, Instant asOf, Map<Long, SupplierRecord> records) {
    }
}
