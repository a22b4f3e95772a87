package id.sentra.demand;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.CursorPage;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.Buyer;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.Cooperative;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.PageOf;
import id.sentra.registry.RegistryNames;

/** Reads contracts within the reader's scope: a buyer its own, an operator its cooperative's, the platform all. */
@Service
@Transactional(readOnly = true)
public class ContractSearch {

    private final Contracts contracts;
    private final BuyerDirectory buyers;
    private final CooperativeDirectory cooperatives;
    private final Clock clock;
    private final ContractPages pages;
    private final RegistryNames names;
    private final KeptContracts kept;

    ContractSearch(Contracts contracts, BuyerDirectory buyers, CooperativeDirectory cooperatives, Clock clock, ContractPages pages,
                   RegistryNames names, KeptContracts kept) {
        this.contracts = contracts;
        this.kept = kept;
        this.pages = pages;
        this.names = names;
        this.buyers = buyers;
        this.cooperatives = cooperatives;
        this.clock = clock;
    }

    /**
     * One contract as this person may see it. The contract's version and its buyer's and cooperative's names come in one
     * statement; the aggregate itself is read only when that version is not the one kept from an earlier read.
     */
    public ContractView get(SentraUser user, long contractId) {
        var head = kept.head(contractId).orElseThrow(() -> new RecordNotFoundException("contract", contractId));
        var contract = kept.at(contractId, head.version());
        if (contract == null) {
            contract = load(contractId);
            kept.keep(contract);
        }
        ContractAccess.requireView(user, contract);
        return ContractViews.view(contract, user, YearMonth.now(clock), head.buyerName() == null ? "–" : head.buyerName(),
                contract.cooperativeId() == null ? null : head.cooperativeName());
    }

    /** Refuses a person who is not on the buyer's side of this contract (asks, awards, calls off, changes specifications). */
    public void requireBuyerSide(SentraUser user, long contractId) {
        ContractAccess.requireBuyerSide(user, load(contractId));
    }

    /** Refuses a person who is not on the supplying cooperative's side of this contract (quotes, produces, acknowledges). */
    public void requireSupplierSide(SentraUser user, long contractId) {
        ContractAccess.requireSupplierSide(user, load(contractId));
    }

    private Contract load(long contractId) {
        return contracts.findById(contractId).orElseThrow(() -> new RecordNotFoundException("contract", contractId));
    }

    /**
     * Newest change first; a page of at most 200 rows. The page is chosen in SQL; only the filter
     * "with warnings", which is worked out from each contract's schedule and call-offs, reads them all.
     */
    public PageOf<ContractSummary> list(SentraUser user, ContractFilter filter, int page, int size) {
        int pageSize = Math.clamp(size, 1, 200);
        int pageNo = Math.max(page, 0);
        if (filter.warningsOnly()) {
            var rows = summaries(user, filter);
            int from = Math.min(pageNo * pageSize, rows.size());
            return new PageOf<>(rows.subList(from, Math.min(from + pageSize, rows.size())), pageNo, pageSize, rows.size());
        }
        ContractAccess.requireContractsPages(user);
        var found = pages.page(user, filter, pageNo, pageSize);
        var byId = contracts.findAllById(found.ids()).stream().collect(Collectors.toMap(Contract::getId, c -> c));
        var current = YearMonth.now(clock);
        // Only the page's buyers: the whole directory is 500 aggregates at national scale.
        var buyerNames = names.buyers(byId.values().stream().map(Contract::buyerId).distinct().toList());
        var rows = found.ids().stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(c -> ContractViews.summary(c, current, buyerNames.getOrDefault(c.buyerId(), "–"), cooperativeName(c.cooperativeId())))
                .toList();
        return new PageOf<>(rows, pageNo, pageSize, found.total());
    }

    /**
     * Contracts in scope needing attention, newest first, one bounded page after the previous page's cursor. Warnings
     * are worked out from each contract's schedule and call-offs, so contracts are read in id order in chunks and
     * each request examines at most {@link #WARNINGS_EXAMINED} of them: a page may then hold fewer than {@code limit}
     * and still name a {@code next}; the list ends where {@code next} is absent.
     */
    public CursorPage<ContractSummary> warningsPage(SentraUser user, int limit, @Nullable String cursor) {
        ContractAccess.requireContractsPages(user);
        long below = Long.MAX_VALUE;
        if (cursor != null) {
            try {
                below = Long.parseLong(CursorPage.key(cursor));
            } catch (NumberFormatException e) {
                throw CursorPage.invalidCursor();
            }
        }
        var current = YearMonth.now(clock);
        var found = new java.util.ArrayList<ContractSummary>();
        int examined = 0;
        int chunk = Math.max(limit + 1, 200);
        while (found.size() <= limit && examined < Math.max(WARNINGS_EXAMINED, limit + 1)) {
            var ids = pages.idsBelow(user, below, chunk);
            if (ids.isEmpty()) {
                return CursorPage.of(found, false, s -> String.valueOf(s.id()));
            }
            var byId = contracts.findAllById(ids).stream().collect(Collectors.toMap(Contract::getId, c -> c));
            var buyerNames = names.buyers(byId.values().stream().map(Contract::buyerId).distinct().toList());
            for (long id : ids) {
                var contract = byId.get(id);
                below = id;
                examined++;
                if (contract == null || !ContractAccess.canView(user, contract)) {
                    continue;
                }
                var summary = ContractViews.summary(contract, current, buyerNames.getOrDefault(contract.buyerId(), "–"),
                        cooperativeName(contract.cooperativeId()));
                if (summary.offtakeWarning() || summary.openSpecificationChanges() > 0) {
                    found.add(summary);
                    if (found.size() > limit) {
                        break;
                    }
                }
            }
            if (ids.size() < chunk && found.size() <= limit) {
                return CursorPage.of(found, false, s -> String.valueOf(s.id()));
            }
        }
        if (found.size() > limit) {
            return CursorPage.of(found.subList(0, limit), true, s -> String.valueOf(s.id()));
        }
        // The examination bound was reached: the page goes on after the last contract examined.
        return new CursorPage<>(List.copyOf(found), CursorPage.encodeKey(String.valueOf(below)));
    }

    /** Contracts one warnings page examines at most, so that a request stays bounded where few contracts need attention. */
    static final int WARNINGS_EXAMINED = 1000;

    /** Every contract in scope that needs the cooperative's attention, worst offtake first. */
    public List<ContractSummary> withWarnings(SentraUser user) {
        return summaries(user, new ContractFilter(null, null, true)).stream()
                .sorted(Comparator.comparingInt(ContractSummary::strandedPieces).reversed()).toList();
    }

    /** The buyers a person may choose in the contract filter or post an RFQ for. */
    public List<Buyer> buyerChoices(SentraUser user) {
        ContractAccess.requireContractsPages(user);
        return buyers.list(user);
    }

    private List<ContractSummary> summaries(SentraUser user, ContractFilter filter) {
        ContractAccess.requireContractsPages(user);
        var current = YearMonth.now(clock);
        var names = buyerNames(user);
        return scoped(user).stream()
                .filter(c -> ContractAccess.canView(user, c))
                .filter(c -> filter.status() == null || c.status() == filter.status())
                .filter(c -> filter.buyerId() == null || c.buyerId() == filter.buyerId())
                .map(c -> ContractViews.summary(c, current, names.getOrDefault(c.buyerId(), "–"), cooperativeName(c.cooperativeId())))
                .filter(s -> !filter.warningsOnly() || s.offtakeWarning() || s.openSpecificationChanges() > 0)
                .sorted(Comparator.comparing(ContractSummary::modifiedAt).reversed().thenComparing(ContractSummary::id))
                .toList();
    }

    private List<Contract> scoped(SentraUser user) {
        if (user.is(Role.BUYER)) {
            return user.buyerId() == null ? List.of() : contracts.findByBuyerId(user.buyerId());
        }
        if (user.is(Role.OPERATOR)) {
            return user.cooperativeId() == null ? List.of() : contracts.findByCooperativeId(user.cooperativeId());
        }
        return contracts.findAll();
    }

    private Map<Long, String> buyerNames(SentraUser user) {
        return buyers.list(user).stream().collect(Collectors.toMap(Buyer::getId, Buyer::name));
    }

    private @Nullable String cooperativeName(@Nullable Long id) {
        return id == null ? null : cooperatives.cooperative(id).map(Cooperative::name).orElse(null);
    }

}
