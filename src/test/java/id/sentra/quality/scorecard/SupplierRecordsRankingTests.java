package id.sentra.quality.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.SentraIntegrationTest;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.matching.Candidate;
import id.sentra.matching.Matchmaker;
import id.sentra.matching.Requirement;
import id.sentra.matching.SupplierRecord;
import id.sentra.matching.SupplierRecords;
import id.sentra.platform.security.Accounts;
import id.sentra.registry.MaterialFamily;

/** The quality module's records reach the real matchmaker: a member's delivery record moves its score and rank. */
@SentraIntegrationTest
class SupplierRecordsRankingTests {

    /** The on-time part's weight in points (CandidateScoring: 0.15 of 100). */
    private static final double ON_TIME_POINTS = 15;

    @Autowired Matchmaker matchmaker;
    @Autowired SupplierRecords records;
    @Autowired Scorecards scorecards;
    @Autowired WorkOrderProgress workOrders;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void theQualityModuleProvidesTheRecordsMatchmakingReads() {
        var operator = accounts.findByUsername("operator").orElseThrow();
        long member = ScorecardFixtures.memberWithOrderThisMonth(jdbc, operator.cooperativeId(), 1);
        var candidate = candidate(matchmaker.rank(operator, need(member)), member);
        assertThat(candidate.record()).isEqualTo(records.all().getOrDefault(member, SupplierRecord.NONE));
    }

    @Test
    void aMemberWithTheBetterDeliveryRecordScoresHigherAndRanksNoLower() {
        var operator = accounts.findByUsername("operator").orElseThrow();
        var admin = accounts.findByUsername("admin").orElseThrow();
        long member = ScorecardFixtures.memberWithOrderThisMonth(jdbc, operator.cooperativeId(), 2);
        var need = need(member);
        var before = matchmaker.rank(operator, need);
        var counted = scorecards.of(admin, member).delivery();

        long order = jdbc.sql("select min(id) from work_order where member_id = :m and period = :p and status = 'RELEASED'")
                .param("m", member).param("p", YearMonth.now().atDay(1)).query(Long.class).single();
        ScorecardFixtures.ship(workOrders, admin, order);
        var after = matchmaker.rank(operator, need);

        // One more order due, and on time: (on time + 1) / (due + 1). Without a record the part scored half.
        double shareBefore = counted.due() == 0 ? 0.5 : (double) counted.onTime() / counted.due();
        double shareAfter = (counted.onTime() + 1.0) / (counted.due() + 1);
        assertThat(candidate(after, member).record().onTimeShare()).isCloseTo(shareAfter, within(1e-9));
        assertThat(candidate(after, member).score() - candidate(before, member).score())
                .isCloseTo(ON_TIME_POINTS * (shareAfter - shareBefore), within(0.11));
        assertThat(position(after, member)).isLessThanOrEqualTo(position(before, member));
    }

    private Requirement need(long member) {
        var material = jdbc.sql("select min(material) from work_order where member_id = :m").param("m", member)
                .query(String.class).single();
        return new Requirement(MaterialFamily.valueOf(material), Set.of(), Set.of(), Set.of(), 0, null);
    }

    private static Candidate candidate(List<Candidate> ranking, long member) {
        return ranking.stream().filter(c -> c.memberId() == member).findFirst().orElseThrow();
    }

    private static int position(List<Candidate> ranking, long member) {
        return ranking.indexOf(candidate(ranking, member));
    }
}
