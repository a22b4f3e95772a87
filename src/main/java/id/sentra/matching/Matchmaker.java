package id.sentra.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.Capability;
import id.sentra.registry.CapabilityCatalog;
import id.sentra.registry.CapabilityTable;
import id.sentra.registry.MemberPrices;

/**
 * Ranks members for a requirement. An operator ranks within its cooperative; buyers, the
 * ministry and the platform rank across every cluster. Members do not rank each other.
 * The hard conditions are tested first, as bit sets over every member in scope; only the eligible are scored, from
 * primitive columns ({@link MemberColumns}), and only the members of the requested page are explained
 * (bench/scale-catalogue.md: every member explained took 2.3 s of CPU; bench/scale-ranking.md: the columns).
 */
@Service
public class Matchmaker {

    /** How many of the conditions most often failed a ranking names, with how many members fail each. */
    static final int COMMON_LACKS = 5;

    private final CapabilityCatalog catalog;
    private final MemberPrices prices;
    private final ObjectProvider<SupplierRecords> records;
    private final Clock clock;
    private volatile @Nullable MemberColumns everyCluster;

    Matchmaker(CapabilityCatalog catalog, MemberPrices prices, ObjectProvider<SupplierRecords> records, Clock clock) {
        this.catalog = catalog;
        this.prices = prices;
        this.records = records;
        this.clock = clock;
    }

    /** Every member's quality and delivery record, or none while no module keeps them. */
    static Map<Long, SupplierRecord> records(ObjectProvider<SupplierRecords> provider) {
        var records = provider.getIfAvailable();
        return records == null ? Map.of() : records.all();
    }

    /** Every member in scope: eligible members first, best score first; then the others by name, with what they lack. */
    public List<Candidate> rank(SentraUser user, Requirement requirement) {
        return rank(user, requirement, 0, Integer.MAX_VALUE).candidates();
    }

    /**
     * One page of that order, {@code limit} members from position {@code offset}, with how many are eligible, how many
     * are not, and what those that are not most often lack.
     */
    public Ranking rank(SentraUser user, Requirement requirement, int offset, int limit) {
        var scope = switch (user.role()) {
            case OPERATOR -> user.cooperativeId();
            case ADMIN, BUYER, MINISTRY -> null;
            case MEMBER -> throw new AccessDeniedException("Members do not rank other members");
        };
        LocalDate today = LocalDate.now(clock);
        var levels = prices.levels(requirement.material());
        var history = records(records);
        // Those inside a cooperative already see its prices; buyers and the ministry get only a band.
        boolean percent = user.is(Role.OPERATOR) || user.is(Role.ADMIN);
        var members = catalog.activeTable(scope);
        return rank(members, columns(members, scope), requirement, today, levels, history, percent, offset, limit);
    }

    /** The page of a ranking over a table's members and their columns, from the price levels and records given. */
    static Ranking rank(CapabilityTable members, MemberColumns columns, Requirement requirement, LocalDate today,
                        Map<Long, Double> levels, Map<Long, SupplierRecord> history, boolean percent, int offset, int limit) {
        var eligibility = Eligibility.of(requirement, today);
        int n = members.size();
        var pass = RankingPass.over(columns, eligibility, requirement, levels, history);
        int from = Math.max(0, offset);
        int to = (int) Math.min((long) from + Math.max(0, limit), n);
        var page = new ArrayList<Candidate>();
        var best = pass.best(to);
        for (int k = from; k < best.length; k++) {
            page.add(explain(members.get(best[k]), requirement, eligibility, levels, history, percent));
        }
        int skip = Math.max(0, from - pass.eligible());
        for (int i = pass.nextNotEligible(0); i >= 0 && page.size() < to - from; i = pass.nextNotEligible(i + 1)) {
            if (skip-- <= 0) {
                page.add(explain(members.get(i), requirement, eligibility, levels, history, percent));
            }
        }
        return new Ranking(List.copyOf(page), from, limit, pass.eligible(), n - pass.eligible(),
                commonLacks(eligibility, pass.failures()));
    }

    /**
     * The columns of the table: those of every cluster's members kept while the catalogue hands out the same table (it
     * builds a new one when a member changed, here or through another instance); a cooperative's built each time.
     */
    private MemberColumns columns(CapabilityTable members, @Nullable Long scope) {
        if (scope != null) {
            return new MemberColumns(members);
        }
        var kept = everyCluster;
        if (kept == null || !kept.of(members)) {
            kept = new MemberColumns(members);
            everyCluster = kept;
        }
        return kept;
    }

    private static Candidate explain(Capability member, Requirement requirement, Eligibility eligibility,
                                     Map<Long, Double> levels, Map<Long, SupplierRecord> history, boolean percent) {
        return CandidateScoring.score(member, requirement, eligibility,
                new CandidateScoring.PriceLevel(levels.get(member.memberId()), percent),
                history.getOrDefault(member.memberId(), SupplierRecord.NONE));
    }

    private static List<Ranking.Shortfall> commonLacks(Eligibility eligibility, long[] failures) {
        return IntStream.range(0, failures.length).filter(i -> failures[i] > 0).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> failures[i]).reversed().thenComparingInt(i -> i))
                .limit(COMMON_LACKS)
                .map(i -> new Ranking.Shortfall(eligibility.lack(i), failures[i])).toList();
    }
}
