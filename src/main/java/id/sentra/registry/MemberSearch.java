package id.sentra.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * The member list with its filters, answered from the kept {@link MemberCatalogue}: the snapshot's bit sets in name
 * order give the matches, their count and the page (a count over 30,000 members with correlated sub-queries took
 * 178 ms of SQL per page). An operator searches its own cooperative; buyers and the ministry search active members
 * of every cluster, without internal figures.
 */
@Service
public class MemberSearch {

    public static final int MAX_PAGE_SIZE = 200;

    private final MemberCatalogue catalogue;
    private final Clock clock;

    MemberSearch(MemberCatalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public PageOf<MemberRow> search(SentraUser user, MemberFilter filter, int page, int size) {
        return page(catalogue.current(), user, filter, page, size);
    }

    /**
     * One page of the member list and, for the filter's choices, the distinct kabupaten of the active members the
     * person may search (its own cooperative's for an operator), both from one look at the catalogue.
     */
    public MemberListing listing(SentraUser user, MemberFilter filter, int page, int size) {
        var snapshot = catalogue.current();
        return new MemberListing(page(snapshot, user, filter, page, size),
                snapshot.activeKabupatens(scope(user, MemberFilter.all()).cooperativeId()));
    }

    private PageOf<MemberRow> page(CatalogueSnapshot snapshot, SentraUser user, MemberFilter filter, int page, int size) {
        var matches = MemberMatch.of(scope(user, filter), LocalDate.now(clock));
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(0, page);
        boolean internal = !user.is(Role.BUYER) && !user.is(Role.MINISTRY);
        var bits = snapshot.listIndex().matches(matches, snapshot);
        var items = new ArrayList<MemberRow>(pageSize);
        for (int slot : MemberIndex.slice(bits, (long) pageNumber * pageSize, pageSize)) {
            items.add(row(snapshot.byName().get(slot), internal));
        }
        return new PageOf<>(items, pageNumber, pageSize, MemberIndex.count(bits));
    }

    private static MemberFilter scope(SentraUser user, MemberFilter filter) {
        return switch (user.role()) {
            case ADMIN -> filter;
            case OPERATOR -> filter.withCooperative(user.cooperativeId());
            case BUYER, MINISTRY -> filter.withStatus(MemberFilter.Status.ACTIVE);
            case MEMBER -> throw new AccessDeniedException("Members see their own profile, not the member list");
        };
    }

    private static MemberRow row(CatalogueEntry entry, boolean internal) {
        var c = entry.capability();
        return new MemberRow(c.memberId(), c.cooperativeId(), c.cooperativeName(), c.legalName(), entry.nib(),
                internal ? entry.ownerName() : null, entry.kecamatan(), c.kabupaten(), internal ? entry.workforce() : null,
                entry.totalKgPerMonth(), c.processes(), c.materials(), c.equipment(), entry.active());
    }
}
