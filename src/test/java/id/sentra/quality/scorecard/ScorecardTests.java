package id.sentra.quality.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Element;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.HeatDraft;
import id.sentra.quality.spc.ControlChart;

/** Charts from heats recorded through the production books, and on-time delivery from shipped work orders, on PostgreSQL. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardTests {

    @Autowired HeatBook heats;
    @Autowired SpcCharts charts;
    @Autowired Scorecards scorecards;
    @Autowired WorkOrderProgress workOrders;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private SentraUser admin;
    private SentraUser operator;
    private long member;

    @BeforeAll
    void fiveBrakeBlockHeatsOfOneMember() {
        admin = accounts.findByUsername("admin").orElseThrow();
        operator = accounts.findByUsername("operator").orElseThrow();
        member = ScorecardFixtures.memberWithOrderThisMonth(jdbc, operator.cooperativeId(), 0);
        double[] phosphorus = {0.60, 0.64, 0.62, 0.66, 0.61};
        for (int i = 0; i < phosphorus.length; i++) {
            heats.record(admin, member, new HeatDraft("Kupola 1", LocalDate.of(2026, 9, 1 + i), "SPC-" + i, "TRS1008-H241",
                    Map.of(Element.C, new BigDecimal("3.10"), Element.SI, new BigDecimal("1.40"), Element.P, BigDecimal.valueOf(phosphorus[i])),
                    200 + 5 * i, null, id.sentra.quality.SpecimenKind.SEPARATELY_CAST, List.of()));
        }
    }

    @Test
    void drawsAnIndividualsChartOfPhosphorusWithLimitsFromTheMovingRange() {
        var page = charts.ofMember(operator, member, "P", "TRS1008-H241");
        var chart = page.chart().chart();
        assertThat(chart.kind()).isEqualTo(ControlChart.Kind.INDIVIDUALS_MOVING_RANGE);
        assertThat(page.chart().pointLabels()).containsExactly("SPC-0", "SPC-1", "SPC-2", "SPC-3", "SPC-4");
        // Mean 3.13 / 5 = 0.626; moving ranges 0.04, 0.02, 0.04, 0.05 → MR̄ 0.0375; E2 = 2.659 (AIAG table) → ± 0.0997125.
        assertThat(chart.locationLimits().centre()).isCloseTo(0.626, within(1e-9));
        assertThat(chart.locationLimits().upper()).isCloseTo(0.7257125, within(1e-9));
        assertThat(chart.locationLimits().lower()).isCloseTo(0.5262875, within(1e-9));
        assertThat(chart.inControl()).isTrue();
    }

    @Test
    void measuresCapabilityAgainstTheGradesPhosphorusLimits() {
        var capability = charts.ofMember(operator, member, "P", "TRS1008-H241").chart().capability();
        // TRS1008 P 0.5–0.8; sigma within = 0.0375 / 1.128 = 0.033245; Cp = 0.3 / 0.19947 = 1.504; Cpk = 0.126 / 0.099734 = 1.263.
        assertThat(capability.cp().value()).isCloseTo(1.504, within(0.001));
        assertThat(capability.cpk().value()).isCloseTo(1.263, within(0.001));
        assertThat(capability.cpk().lower()).isLessThan(capability.cpk().value());
    }

    @Test
    void offersEveryHeatCharacteristicRecordedAndTheGradesMelted() {
        var page = charts.ofMember(admin, member, null, null);
        assertThat(page.keys()).containsSubsequence("C", "SI", "P", "CE", "TENSILE");
        assertThat(page.grades()).contains("TRS1008-H241");
    }

    @Test
    void poolsTheCooperativesHeatsForItsOperator() {
        var page = charts.ofCooperative(operator, operator.cooperativeId(), "P", "TRS1008-H241");
        assertThat(page.chart().pointLabels()).contains("SPC-0", "SPC-4");
    }

    @Test
    void countsAnOrderOfThisMonthShippedTodayAsOnTime() {
        var before = scorecards.of(admin, member).delivery();
        long order = jdbc.sql("select min(id) from work_order where member_id = :m and period = :p and status = 'RELEASED'")
                .param("m", member).param("p", YearMonth.now().atDay(1)).query(Long.class).single();
        ScorecardFixtures.ship(workOrders, admin, order);
        var after = scorecards.of(admin, member).delivery();
        assertThat(after).isEqualTo(new DeliveryTally(before.due() + 1, before.onTime() + 1));
    }

    @Test
    void aBuyerSeesTheSummaryWithoutScrap() {
        var card = scorecards.of(accounts.findByUsername("buyer").orElseThrow(), member);
        assertThat(card.full()).isFalse();
        assertThat(card.scrap()).isNull();
        assertThat(card.trend()).hasSize(12);
    }

    @Test
    void theMinistryAndAnotherCooperativesOperatorSeeNoMembersScorecard() {
        var tegal = accounts.findByUsername("operator.tegal").orElseThrow();
        assertThatThrownBy(() -> scorecards.of(tegal, member)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> charts.ofMember(tegal, member, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scorecards.of(accounts.findByUsername("ministry").orElseThrow(), member))
                .isInstanceOf(AccessDeniedException.class);
    }
}
