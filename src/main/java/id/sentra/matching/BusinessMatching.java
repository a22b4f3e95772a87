package id.sentra.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.Capability;
import id.sentra.registry.CapabilityCatalog;
import id.sentra.registry.MemberPrices;

/**
 * Business-matching rounds. The platform or a cooperative organises one; Sentra proposes the
 * timetable; the organiser records outcomes; the ministry reads every round; a buyer or an IKM sees
 * its own meetings.
 */
@Service
public class BusinessMatching {

    private final MatchingRounds rounds;
    private final CapabilityCatalog catalog;
    private final BuyerDirectory buyers;
    private final MemberPrices prices;
    private final ObjectProvider<SupplierRecords> records;
    private final Clock clock;

    BusinessMatching(MatchingRounds rounds, CapabilityCatalog catalog, BuyerDirectory buyers, MemberPrices prices,
                     ObjectProvider<SupplierRecords> records, Clock clock) {
        this.rounds = rounds;
        this.prices = prices;
        this.records = records;
        this.catalog = catalog;
        this.buyers = buyers;
        this.clock = clock;
    }

    @Transactional
    public long organise(SentraUser user, RoundPlan plan) {
        requireOrganiser(user);
        var invited = invitable(user).stream().map(Capability::memberId).collect(java.util.stream.Collectors.toSet());
        var problems = RoundRules.check(plan, invited);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var round = rounds.save(MatchingRound.plan(plan, user.is(Role.OPERATOR) ? user.cooperativeId() : null));
        round.schedule(timetable(user, round), round.version());
        return save(round).getId();
    }

    /** Proposes the timetable afresh, e.g. after a buyer's plant moved; refused once outcomes exist. */
    @Transactional
    public void reschedule(SentraUser user, long roundId, int expectedVersion) {
        var round = manageable(user, roundId);
        round.schedule(timetable(user, round), expectedVersion);
        save(round);
    }

    @Transactional
    public void recordOutcome(SentraUser user, long roundId, int meetingIndex, MeetingOutcome outcome,
                              @Nullable String note, int expectedVersion) {
        var round = manageable(user, roundId);
        round.recordOutcome(meetingIndex, outcome, note == null || note.isBlank() ? null : note.strip(), expectedVersion);
        save(round);
    }

    @Transactional(readOnly = true)
    public List<MatchingRound> list(SentraUser user) {
        return rounds.findAll().stream().filter(r -> visible(user, r))
                .sorted(Comparator.comparing(MatchingRound::heldOn).reversed()).toList();
    }

    /** The round with only the meetings this person may see: a buyer or IKM sees its own. */
    @Transactional(readOnly = true)
    public RoundView view(SentraUser user, long roundId) {
        var round = load(roundId);
        if (!visible(user, round)) {
            throw new AccessDeniedException("Round " + roundId + " is outside your scope");
        }
        var meetings = new ArrayList<RoundView.Line>();
        var all = round.meetings();
        for (int i = 0; i < all.size(); i++) {
            var m = all.get(i);
            boolean own = switch (user.role()) {
                case ADMIN, OPERATOR, MINISTRY -> true;
                case BUYER -> Long.valueOf(m.buyerId()).equals(user.buyerId());
                case MEMBER -> Long.valueOf(m.memberId()).equals(user.memberId());
            };
            if (own) {
                meetings.add(new RoundView.Line(i, m, round.slotStart(m.slot())));
            }
        }
        boolean manage = canManage(user, round);
        return new RoundView(round, meetings, manage ? TimetablePlanner.tally(all) : Map.of(), manage);
    }

    /** Members an organiser may invite: a cooperative's own, or every cluster's for the platform. */
    @Transactional(readOnly = true)
    public List<Capability> invitable(SentraUser user) {
        requireOrganiser(user);
        return catalog.active(user.is(Role.OPERATOR) ? user.cooperativeId() : null);
    }

    private List<Meeting> timetable(SentraUser user, MatchingRound round) {
        LocalDate today = LocalDate.now(clock);
        var invited = catalog.active(round.cooperativeId()).stream().filter(c -> round.memberIds().contains(c.memberId())).toList();
        var options = new ArrayList<TimetablePlanner.Options>();
        for (var roundBuyer : round.buyers()) {
            var plant = buyers.get(user, roundBuyer.buyerId()).plants().stream().findFirst().orElse(null);
            var need = new Requirement(roundBuyer.material(), Set.of(), Set.of(), Set.of(), 0, plant == null ? null : plant.location());
            var levels = prices.levels(roundBuyer.material());
            var history = Matchmaker.records(records);
            var ranked = invited.stream()
                    .map(c -> CandidateScoring.score(c, need, today, new CandidateScoring.PriceLevel(levels.get(c.memberId()), false),
                            history.getOrDefault(c.memberId(), SupplierRecord.NONE)))
                    .filter(Candidate::eligible)
                    .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(Candidate::memberId))
                    .map(c -> new TimetablePlanner.Option(c.memberId(), c.score())).toList();
            options.add(new TimetablePlanner.Options(roundBuyer.buyerId(), ranked));
        }
        return TimetablePlanner.plan(options, round.slotCount(), round.rooms());
    }

    private MatchingRound manageable(SentraUser user, long roundId) {
        var round = load(roundId);
        if (!canManage(user, round)) {
            throw new AccessDeniedException("You do not organise round " + roundId);
        }
        return round;
    }

    private static boolean canManage(SentraUser user, MatchingRound round) {
        return user.is(Role.ADMIN)
                || user.is(Role.OPERATOR) && round.cooperativeId() != null && round.cooperativeId().equals(user.cooperativeId());
    }

    private static boolean visible(SentraUser user, MatchingRound round) {
        return switch (user.role()) {
            case ADMIN, MINISTRY -> true;
            case OPERATOR -> canManage(user, round);
            case BUYER -> round.buyers().stream().anyMatch(b -> Long.valueOf(b.buyerId()).equals(user.buyerId()));
            case MEMBER -> user.memberId() != null && round.memberIds().contains(user.memberId());
        };
    }

    private static void requireOrganiser(SentraUser user) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OPERATOR)) {
            throw new AccessDeniedException("Only the platform or a cooperative organises business-matching rounds");
        }
    }

    private MatchingRound load(long id) {
        return rounds.findById(id).orElseThrow(() -> new RecordNotFoundException("matchingRound", id));
    }

    private MatchingRound save(MatchingRound round) {
        try {
            return rounds.save(round);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(round.auditType(), round.getId());
        }
    }

}
