package id.sentra.quality.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.SentraIntegrationTest;
import id.sentra.matching.SupplierRecord;

/** The records matchmaking reads, summed in the database, are the members' own tallies counted one by one. */
@SentraIntegrationTest
class QualityRecordsTests {

    @Autowired QualityRecords records;
    @Autowired InspectionHistory inspections;
    @Autowired WorkOrderDeliveries deliveries;
    @Autowired JdbcClient jdbc;

    @Test
    void everyMembersSummedRecordEqualsItsInspectionsAndWorkOrdersTalliedOneByOne() {
        var current = YearMonth.now();
        var expected = new HashMap<Long, SupplierRecord>();
        for (long member : jdbc.sql("select id from member order by id").query(Long.class).list()) {
            var quality = InspectionTally.of(inspections.ofMember(member, current));
            var delivery = deliveries.byMonth(member, current).values().stream().reduce(DeliveryTally.NONE, DeliveryTally::plus);
            if (quality.lots() > 0 || delivery.due() > 0 || hasOrdersInWindow(member, current)) {
                expected.put(member, QualityRecords.record(quality, delivery));
            }
        }

        assertThat(expected).isNotEmpty();
        assertThat(records.all()).isEqualTo(expected);
    }

    private boolean hasOrdersInWindow(long member, YearMonth current) {
        return jdbc.sql("select count(*) from work_order where member_id = :m and period >= :from and period <= :to")
                .param("m", member).param("from", Window.first(current)).param("to", current.atDay(1))
                .query(Long.class).single() > 0;
    }
}
