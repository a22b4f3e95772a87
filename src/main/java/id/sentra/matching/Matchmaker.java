package id.sentra.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

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
 * The hard conditions are tested on every kept member first; only the eligible are scored, and only the members
 * of the requested page are explained (bench/scale-catalogue.md: every member explained took 2.3 s of CPU).
 */
@Service
public class Matchmaker {

    /** How many of the conditions most often failed a ranking names, with how many members fail each. */
    static final int COMMON_LACKS = 5;

    private final CapabilityCatalog catalog;
    private final MemberPrices prices;
    private final ObjectProvider<SupplierRecords> records;
    private final Clock clock;

    Matchmaker(CapabilityCatalog catalog, MemberPrices prices, ObjectProvider<SupplierRecords> records, Clock clock) {
        this.catalog = catalog;
        this.prices = prices;
        this.records = records;
        this.clock = clock;
    }

    /** Every member's quality and delivery record, or none while no module keeps them. */
    static java.util.Map<Long, SupplierRecord> records(ObjectProvider<SupplierRecords> provider) {
        var records = provider.getIfAvailable();
        return records == null ? java.util.Map.of() : records.all();
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
        var eligibility = Eligibility.of(requirement, today);
        var levels = prices.levels(requirement.material());
        var history = records(records);
        // Those inside a cooperative already see its prices; buyers and the ministry get only a band.
        boolean percent = user.is(Role.OPERATOR) || user.is(Role.ADMIN);
        var members = catalog.activeTable(scope);
        int n = members.size();
        var eligible = new ArrayList<Scored>();
        var passed = new boolean[n];
        var failures = new long[eligibility.size()];
        var material = requirement.material();
        var point = requirement.deliveryPoint();
        for (int i = 0; i < n; i++) {
            if (eligibility.met(members, i)) {
                passed[i] = true;
                long id = members.memberId(i);
                var level = new CandidateScoring.PriceLevel(levels.get(id), percent);
                eligible.add(new Scored(i, CandidateScoring.points(members.kgPerMonth(i, material),
                        point == null ? Double.NaN : members.kilometresTo(i, point), requirement, level,
                        history.getOrDefault(id, SupplierRecord.NONE))));
            } else {
                eligibility.countFailures(members, i, failures);
            }
        }
        int from = Math.max(0, offset);
        int to = (int) Math.min((long) from + Math.max(0, limit), n);
        var page = new ArrayList<Candidate>();
        var best = best(eligible, Math.min(to, eligible.size()), members);
        for (int k = from; k < Math.min(to, eligible.size()); k++) {
            page.add(explain(members.get(best.get(k).slot()), requirement, eligibility, levels, history, percent));
        }
        int skip = Math.max(0, from - eligible.size());
        for (int i = 0; i < n && page.size() < to - from; i++) {
            if (!passed[i] && skip-- <= 0) {
                page.add(explain(members.get(i), requirement, eligibility, levels, history, percent));
            }
        }
        return new Ranking(List.copyOf(page), from, limit, eligible.size(), n - eligible.size(),
                commonLacks(eligibility, failures));
    }

    private static Candidate explain(Capability member, Requirement requirement, Eligibility eligibility,
                                     java.util.Map<Long, Double> levels, java.util.Map<Long, SupplierRecord> history, boolean percent) {
        return CandidateScoring.score(member, requirement, eligibility,
                new CandidateScoring.PriceLevel(levels.get(member.memberId()), percent),
                history.getOrDefault(member.memberId(), SupplierRecord.NONE));
    }

    /** The best {@code count} of the scored members in order: a bounded heap when few of many are wanted. */
    private static List<Scored> best(List<Scored> scored, int count, CapabilityTable members) {
        if (count <= 0) {
            return List.of();
        }
        // Best score first; equal scores by legal name, then id, as the ranking always listed them.
        Comparator<Scored> bestFirst = Comparator.comparingDouble(Scored::points).reversed()
                .thenComparing(s -> members.get(s.slot()).legalName()).thenComparingLong(s -> members.memberId(s.slot()));
        if (count * 4L >= scored.size()) {
            return scored.stream().sorted(bestFirst).limit(count).toList();
        }
        var worstFirst = new PriorityQueue<Scored>(count + 1, bestFirst.reversed());
        for (var s : scored) {
            if (worstFirst.size() < count) {
                worstFirst.add(s);
            } else if (bestFirst.compare(s, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(s);
            }
        }
        return worstFirst.stream().sorted(bestFirst).toList();
    }

    private static List<Ranking.Shortfall> commonLacks(Eligibility eligibility, long[] failures) {
        return IntStream.range(0, failures.length).filter(i -> failures[i] > 0).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> failures[i]).reversed().thenComparingInt(i -> i))
                .limit(COMMON_LACKS)
                .map(i -> new Ranking.Shortfall(eligibility.lack(i), failures[i])).toList();
    }

    /** An eligible member (its slot in the table) with the score it is sorted by, before it is explained. */
    private record Scored(int slot, double points) {
    }
}
