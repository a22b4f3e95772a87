package id.sentra.quality.scorecard;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sentra.quality.LotInspection;
import id.sentra.quality.LotInspections;
import id.sentra.quality.spc.FirstTimeAcceptance;

/**
 * Lot inspections within the window. Until lot inspection is built no bean provides them: then there are
 * simply none, and every member has no quality record yet.
 */
@Component
class InspectionHistory {

    private final ObjectProvider<LotInspections> provider;
    private final JdbcClient jdbc;

    InspectionHistory(ObjectProvider<LotInspections> provider, JdbcClient jdbc) {
        this.provider = provider;
        this.jdbc = jdbc;
    }

    List<LotInspection> ofMember(long memberId, YearMonth current) {
        var inspections = provider.getIfAvailable();
        return inspections == null ? List.of() : within(inspections.ofMember(memberId, Window.first(current)), current);
    }

    List<LotInspection> ofCooperative(long cooperativeId, YearMonth current) {
        var inspections = provider.getIfAvailable();
        return inspections == null ? List.of() : within(inspections.ofCooperative(cooperativeId, Window.first(current)), current);
    }

    /** A cooperative's {@code newest} latest inspections of the window, oldest first: the sample its pooled charts draw. */
    List<LotInspection> latestOfCooperative(long cooperativeId, YearMonth current, java.time.LocalDate from, int newest) {
        var inspections = provider.getIfAvailable();
        return inspections == null ? List.of() : within(inspections.latestOfCooperative(cooperativeId, from, newest), current);
    }

    /**
     * Each member's tally of a cooperative's standing inspections in the window, summed in the database: one standing
     * (not superseded) inspection per lot, so this is {@link InspectionTally#of} without loading 20,000 inspections.
     */
    java.util.Map<Long, InspectionTally> tallyOfCooperative(long cooperativeId, YearMonth current) {
        var tallies = new java.util.HashMap<Long, InspectionTally>();
        jdbc.sql("""
                select member_id, count(*), coalesce(sum(sample_size), 0), coalesce(sum(defectives), 0),
                       count(*) filter (where decided = 'ACCEPT' and override_reason is null)
                from lot_inspection where cooperative_id = :c and not superseded and inspected_on >= :from and inspected_on < :to
                group by member_id""")
                .param("c", cooperativeId).param("from", Window.first(current)).param("to", current.plusMonths(1).atDay(1))
                .query((rs, i) -> tallies.put(rs.getLong(1), new InspectionTally(rs.getInt(2), rs.getLong(3), rs.getLong(4),
                        new id.sentra.quality.spc.FirstTimeAcceptance(rs.getInt(5), rs.getInt(2))))).list();
        return tallies;
    }

    /**
     * Every member's (or only the given members') tally over the window, summed in the database as
     * {@link InspectionTally#of} sums it: each lot's first standing inspection by day (then id). Matchmaking ranks every member of every cluster on each call, so
     * the inspections are not loaded one by one (measured in bench/results.md); none while nobody provides them.
     */
    Map<Long, InspectionTally> tallies(YearMonth current, @Nullable Collection<Long> members) {
        if (provider.getIfAvailable() == null || (members != null && members.isEmpty())) {
            return Map.of();
        }
        var tallies = new HashMap<Long, InspectionTally>();
        jdbc.sql("""
                select member_id, count(*) as lots, sum(sample_size) as sampled, sum(defectives) as defectives,
                       sum(case when decided = 'ACCEPT' and override_reason is null then 1 else 0 end) as accepted
                from (select member_id, sample_size, defectives, decided, override_reason,
                             row_number() over (partition by lot_id order by inspected_on, id) as nth
                      from lot_inspection
                      where superseded = false and inspected_on >= :from and inspected_on <= :to""" + (members == null ? "" : " and member_id in (:members)") + """
                      ) firsts
                where nth = 1 group by member_id""")
                .params(members == null ? Map.of() : Map.of("members", members))
                .param("from", Window.first(current)).param("to", current.atEndOfMonth())
                .query((rs, i) -> tallies.put(rs.getLong("member_id"), new InspectionTally(rs.getInt("lots"),
                        rs.getLong("sampled"), rs.getLong("defectives"),
                        new FirstTimeAcceptance(rs.getInt("accepted"), rs.getInt("lots")))))
                .list();
        return tallies;
    }

    private static List<LotInspection> within(List<LotInspection> inspections, YearMonth current) {
        return inspections.stream().filter(i -> Window.contains(current, i.inspectedOn())).toList();
    }
}
