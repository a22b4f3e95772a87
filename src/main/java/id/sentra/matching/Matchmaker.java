package id.sentra.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.Capability;
import id.sentra.registry.CapabilityCatalog;
import id.sentra.registry.MemberPrices;

/**
 * Ranks members for a requirement. An operator ranks within its cooperative; buyers, the
 * ministry and the platform rank across every cluster. Members do not rank each other.
 */
@Service
public class Matchmaker {

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

    /** Eligible members first, best score first; then the others, with what they lack. */
    public List<Candidate> rank(SentraUser user, Requirement requirement) {
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
        var candidates = new ArrayList<Candidate>();
        for (Capability member : catalog.active(scope)) {
            var level = new CandidateScoring.PriceLevel(levels.get(member.memberId()), percent);
            candidates.add(CandidateScoring.score(member, requirement, today, level,
                    history.getOrDefault(member.memberId(), SupplierRecord.NONE)));
        }
        candidates.sort(Comparator.comparing(Candidate::eligible).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparing(Candidate::legalName));
        return candidates;
    }
}
