package id.sentra.quality.scorecard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tallies on-time delivery from work orders' months and shipping days, in one query. Read from the
 * table, not through the allocation module's service, so that matchmaking's every ranking costs one query.
 */
@Component
class WorkOrderDeliveries {

    private final JdbcClient jdbc;

    WorkOrderDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every member's (or only the given members') tally over the work orders of the twelve months up to {@code current}, counted in the database
     * by the rule of {@link DeliveryTally#plus}: due once shipped or once its month has passed, on time when shipped
     * by the end of its month. One row per member, however many work orders the window holds.
     */
    Map<Long, DeliveryTally> byMember(YearMonth current, @Nullable Collection<Long> members) {
        var tallies = new HashMap<Long, DeliveryTally>();
        if (members != null && members.isEmpty()) {
            return tallies;
        }
        jdbc.sql("""
                select member_id,
                       sum(case when shipped_on is not null or period < :current then 1 else 0 end) as due,
                       sum(case when shipped_on is not null
                                 and extract(year from shipped_on) * 12 + extract(month from shipped_on)
                                     <= extract(year from period) * 12 + extract(month from period) then 1 else 0 end) as on_time
                from work_order where period >= :from and period <= :to""" + (members == null ? "" : " and member_id in (:members)")
                + " group by member_id")
                .params(members == null ? Map.of() : Map.of("members", members))
                .param("current", current.atDay(1)).param("from", Window.first(current)).param("to", current.atDay(1))
                .query((rs, i) -> tallies.put(rs.getLong("member_id"), new DeliveryTally(rs.getInt("due"), rs.getInt("on_time"))))
                .list();
        return tallies;
    }

    /** The tally of each member of one cooperative over the work orders of the twelve months up to {@code current}. */
    Map<Long, DeliveryTally> byMember(YearMonth current, long cooperativeId) {
        var tallies = new HashMap<Long, DeliveryTally>();
        jdbc.sql("select member_id, period, shipped_on from work_order where cooperative_id = :c and period >= :from and period <= :to")
                .param("c", cooperativeId).param("from", Window.first(current)).param("to", current.atDay(1))
                .query((rs, i) -> tallies.merge(rs.getLong(1), DeliveryTally.NONE.plus(
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), current), DeliveryTally::plus))
                .list();
        return tallies;
    }

    /** One member's tally per month of the window, every month present (empty months with nothing due). */
    Map<YearMonth, DeliveryTally> byMonth(long memberId, YearMonth current) {
        var tallies = new TreeMap<YearMonth, DeliveryTally>();
        Window.months(current).forEach(m -> tallies.put(m, DeliveryTally.NONE));
        jdbc.sql("select period, shipped_on from work_order where member_id = :m and period >= :from and period <= :to")
                .param("m", memberId).param("from", Window.first(current)).param("to", current.atDay(1))
                .query((rs, i) -> {
                    LocalDate period = rs.getObject(1, LocalDate.class);
                    return tallies.merge(YearMonth.from(period),
                            DeliveryTally.NONE.plus(period, rs.getObject(2, LocalDate.class), current), DeliveryTally::plus);
                }).list();
        return tallies;
    }
}
