package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.BrowserTest;
import id.sentra.platform.security.Accounts;
import id.sentra.quality.Element;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.HeatDraft;

/** The operator opens a member's control charts and sees them drawn, with the limits beside the chart. */
class ScorecardBrowserTests extends BrowserTest {

    @Autowired HeatBook heats;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private long member;

    @BeforeAll
    void heatsOfOneMember() {
        var operator = accounts.findByUsername("operator").orElseThrow();
        member = jdbc.sql("""
                select distinct w.member_id from work_order w join member m on m.id = w.member_id
                where w.cooperative_id = :c and w.period = :p
                  and m.id not in (select member_id from account where member_id is not null)
                order by w.member_id desc""")
                .param("c", operator.cooperativeId()).param("p", YearMonth.now().atDay(1)).query(Long.class).list().get(3);
        var admin = accounts.findByUsername("admin").orElseThrow();
        double[] carbon = {3.30, 3.36, 3.28, 3.41, 3.33, 3.35, 3.90};
        for (int i = 0; i < carbon.length; i++) {
            heats.record(admin, member, new HeatDraft("Induksi 1", LocalDate.of(2026, 10, 1 + i), "BRW-" + i, "FC300",
                    Map.of(Element.C, BigDecimal.valueOf(carbon[i]), Element.SI, new BigDecimal("2.05")), 250 + i,
                    null, SpecimenKind.SEPARATELY_CAST, List.of()));
        }
    }

    @Test
    void theOperatorSeesAMembersControlChartDrawnWithItsLimits() {
        signInAs("operator");
        page.navigate(url("/quality/members/" + member));
        page.locator("#open-charts").click();
        // The member's demo heats are of other grades; these seven are its only FC300.
        page.locator("#grade").selectOption("FC300");
        page.locator("#characteristic").selectOption("C");
        page.locator("#chart-choice button[type=submit]").click();
        assertThat(page.locator("#chart-control canvas")).isVisible();
        assertThat(page.locator("#chart-histogram canvas")).isVisible();
        assertThat(page.locator("#limits-table")).containsText("BKA");
        assertThat(page.locator("#ucl")).not().isEmpty();
        // The last heat's 3.90 % C lies above the upper control limit: a signal is listed by its heat number.
        assertThat(page.locator("#signal-list")).containsText("BRW-6");
    }

    @Test
    void theOperatorOpensTheCooperativeOverviewWithItsMembersRecords() {
        signInAs("operator");
        page.navigate(url("/quality/cooperative"));
        assertThat(page.locator("#charts-title")).isVisible();
        assertThat(page.locator("#member-records")).isVisible();
    }
}
