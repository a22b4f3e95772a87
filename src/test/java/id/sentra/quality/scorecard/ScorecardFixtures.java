package id.sentra.quality.scorecard;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.allocation.WorkOrderProgress;
import id.sentra.platform.security.SentraUser;

/** Members of the demo data to test on, away from the demo member other tests use, and a work order taken to shipped. */
final class ScorecardFixtures {

    private ScorecardFixtures() {
    }

    /**
     * The {@code rank}-th (0 = highest id) member of the cooperative, other than the demo member, with a work order of
     * this month (the demo releases them all): each test class takes its own rank so they do not share members.
     */
    static long memberWithOrderThisMonth(JdbcClient jdbc, long cooperativeId, int rank) {
        List<Long> members = jdbc.sql("""
                select distinct w.member_id from work_order w join member m on m.id = w.member_id
                where w.cooperative_id = :c and w.period = :p
                  and m.id not in (select member_id from account where member_id is not null)
                order by w.member_id desc""")
                .param("c", cooperativeId).param("p", YearMonth.now().atDay(1)).query(Long.class).list();
        return members.get(rank);
    }

    static void ship(WorkOrderProgress workOrders, SentraUser admin, long order) {
        workOrders.startProduction(admin, order, workOrders.get(admin, order).version());
        workOrders.markInspected(admin, order, workOrders.get(admin, order).version());
        workOrders.ship(admin, order, workOrders.get(admin, order).version());
    }
}
