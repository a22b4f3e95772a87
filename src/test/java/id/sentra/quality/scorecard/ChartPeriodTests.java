package id.sentra.quality.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Element;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.HeatDraft;

/** The chart pages' period: three, six or twelve months up to now, twelve unless another is chosen. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartPeriodTests {

    @Autowired HeatBook heats;
    @Autowired SpcCharts charts;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private SentraUser operator;
    private long member;

    @BeforeAll
    void aHeatFiveMonthsAgoAndOneThisMonth() {
        var admin = accounts.findByUsername("admin").orElseThrow();
        operator = accounts.findByUsername("operator").orElseThrow();
        member = ScorecardFixtures.memberWithOrderThisMonth(jdbc, operator.cooperativeId(), 2);
        var today = LocalDate.now(clock);
        record(admin, "PERIOD-OLD", today.minusMonths(5).withDayOfMonth(1));
        record(admin, "PERIOD-NEW", today.withDayOfMonth(1));
    }

    private void record(SentraUser admin, String number, LocalDate day) {
        heats.record(admin, member, new HeatDraft("Kupola 1", day, number, "TRS1008-H241",
                Map.of(Element.C, new BigDecimal("3.10"), Element.SI, new BigDecimal("1.40"), Element.P, new BigDecimal("0.62")),
                210, null, id.sentra.quality.SpecimenKind.SEPARATELY_CAST, List.of()));
    }

    @Test
    void threeMonthsLeaveOutAHeatOfFiveMonthsAgo() {
        var labels = charts.ofMember(operator, member, "P", "TRS1008-H241", 3).chart().pointLabels();

        assertThat(labels).contains("PERIOD-NEW").doesNotContain("PERIOD-OLD");
    }

    @Test
    void twelveMonthsByDefaultHoldBoth() {
        var labels = charts.ofMember(operator, member, "P", "TRS1008-H241").chart().pointLabels();

        assertThat(labels).contains("PERIOD-NEW", "PERIOD-OLD");
    }

    @Test
    void aPeriodNotOfferedFallsBackToTwelveMonths() {
        assertThat(SpcCharts.period(7)).isEqualTo(12);
        assertThat(SpcCharts.period(null)).isEqualTo(12);
        assertThat(SpcCharts.period(6)).isEqualTo(6);
    }
}
