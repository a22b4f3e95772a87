package id.sentra.quality.scorecard;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.sentra.matching.SupplierRecord;
import id.sentra.matching.SupplierRecords;

/**
 * The members' records as matchmaking and allocation read them, over the last twelve months: defective PPM
 * as the sample estimate of the lots' first inspections, and the on-time share of the work orders due.
 * One query on work orders per call (plus the inspections, once lot inspection provides them).
 */
@Component
class QualityRecords implements SupplierRecords {

    private final WorkOrderDeliveries deliveries;
    private final InspectionHistory inspections;
    private final Clock clock;

    QualityRecords(WorkOrderDeliveries deliveries, InspectionHistory inspections, Clock clock) {
        this.deliveries = deliveries;
        this.inspections = inspections;
        this.clock = clock;
    }

    @Override
    public Map<Long, SupplierRecord> all() {
        var current = YearMonth.now(clock);
        var onTime = deliveries.byMember(current);
        var quality = inspections.all(current).stream()
                .collect(Collectors.groupingBy(i -> i.memberId(), Collectors.collectingAndThen(Collectors.toList(), InspectionTally::of)));
        var members = new HashSet<>(onTime.keySet());
        members.addAll(quality.keySet());
        var records = new HashMap<Long, SupplierRecord>();
        for (long member : members) {
            records.put(member, record(quality.getOrDefault(member, InspectionTally.NONE),
                    onTime.getOrDefault(member, DeliveryTally.NONE)));
        }
        return records;
    }

    /** The records of one cooperative's members only, each summed in the database (the cooperative's quality page). */
    Map<Long, SupplierRecord> ofCooperative(long cooperativeId) {
        var current = YearMonth.now(clock);
        var onTime = deliveries.byMember(current, cooperativeId);
        var quality = inspections.tallyOfCooperative(cooperativeId, current);
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
}
