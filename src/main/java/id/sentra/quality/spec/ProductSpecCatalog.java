package id.sentra.quality.spec;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.CursorPage;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.NewSpecification;
import id.sentra.quality.ProductSpecification;
import id.sentra.quality.RevisionRequest;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.MemberRegistry;
import id.sentra.registry.RegistryNames;

/**
 * Product specifications for people: each read and change checked against the person's side of the part (see
 * {@link SpecAccess}) and the rules, each change adding a revision stamped with who, when and the library version.
 */
@Service
@Transactional
public class ProductSpecCatalog {

    private final ProductSpecs specs;
    private final GradeLibrary library;
    private final CooperativeDirectory cooperatives;
    private final RegistryNames names;
    private final MemberRegistry members;
    private final Clock clock;

    ProductSpecCatalog(ProductSpecs specs, GradeLibrary library, CooperativeDirectory cooperatives, RegistryNames names,
                       MemberRegistry members, Clock clock) {
        this.specs = specs;
        this.library = library;
        this.cooperatives = cooperatives;
        this.names = names;
        this.members = members;
        this.clock = clock;
    }

    /** The specifications in the person's scope, by part number. */
    @Transactional(readOnly = true)
    public List<ProductSpecification> list(SentraUser user) {
        SpecAccess.requirePages(user);
        var viewer = viewer(user);
        List<ProductSpec> found = switch (user.role()) {
            case ADMIN -> specs.findAll();
            case OPERATOR, MEMBER -> viewer.cooperativeId() == null ? List.of() : specs.findByCooperativeId(viewer.cooperativeId());
            case BUYER -> user.buyerId() == null ? List.of() : specs.findByBuyerId(user.buyerId());
            case MINISTRY -> List.of();
        };
        return views(found.stream().sorted(Comparator.comparing(ProductSpec::partNumber)).toList());
    }

    /** One page of {@link #list(SentraUser)}, by part number, in the same scope. */
    @Transactional(readOnly = true)
    public Slice<ProductSpecification> list(SentraUser user, Pageable page) {
        SpecAccess.requirePages(user);
        var viewer = viewer(user);
        Slice<ProductSpec> found = switch (user.role()) {
            case ADMIN -> specs.findAllByOrderByPartNumberAscIdAsc(page);
            case OPERATOR, MEMBER -> viewer.cooperativeId() == null ? new SliceImpl<>(List.of(), page, false)
                    : specs.findByCooperativeIdOrderByPartNumberAscIdAsc(viewer.cooperativeId(), page);
            case BUYER -> user.buyerId() == null ? new SliceImpl<>(List.of(), page, false)
                    : specs.findByBuyerIdOrderByPartNumberAscIdAsc(user.buyerId(), page);
            case MINISTRY -> new SliceImpl<>(List.of(), page, false);
        };
        return new SliceImpl<>(views(found.getContent()), page, found.hasNext());
    }

    /**
     * At most {@code limit} specifications in the person's scope by part number, after the cursor of the previous
     * page (none for the first): the keys read in SQL from the cursor on, then only those specifications loaded.
     */
    @Transactional(readOnly = true)
    public CursorPage<ProductSpecification> page(SentraUser user, int limit, @Nullable String cursor) {
        SpecAccess.requirePages(user);
        var viewer = viewer(user);
        String part = "";
        long after = 0;
        if (cursor != null) {
            String key = CursorPage.key(cursor);
            int cut = key.indexOf('_');
            try {
                after = Long.parseLong(key.substring(0, cut));
                part = key.substring(cut + 1);
            } catch (RuntimeException e) {
                throw CursorPage.invalidCursor();
            }
        }
        List<Long> keys = switch (user.role()) {
            case ADMIN -> specs.keysAfter(part, after, limit + 1);
            case OPERATOR, MEMBER -> viewer.cooperativeId() == null ? List.of()
                    : specs.keysOfCooperativeAfter(viewer.cooperativeId(), part, after, limit + 1);
            case BUYER -> user.buyerId() == null ? List.of() : specs.keysOfBuyerAfter(user.buyerId(), part, after, limit + 1);
            case MINISTRY -> List.<Long>of();
        };
        var pageKeys = keys.size() > limit ? keys.subList(0, limit) : keys;
        var byId = new java.util.HashMap<Long, ProductSpec>();
        specs.findAllById(pageKeys).forEach(spec -> byId.put(spec.getId(), spec));
        var found = pageKeys.stream().map(byId::get).filter(Objects::nonNull).toList();
        var page = CursorPage.of(found, keys.size() > limit, spec -> spec.getId() + "_" + spec.partNumber());
        return new CursorPage<>(views(page.items()), page.next());
    }

    @Transactional(readOnly = true)
    public ProductSpecification get(SentraUser user, long id) {
        SpecAccess.requirePages(user);
        var spec = load(id);
        SpecAccess.requireView(viewer(user), spec);
        return views(List.of(spec)).getFirst();
    }

    @Transactional(readOnly = true)
    public boolean canRevise(SentraUser user, ProductSpecification spec) {
        return SpecAccess.canWrite(viewer(user), spec.parties().cooperativeId(), spec.parties().buyerId());
    }

    /** Adds a specification: an operator for its own cooperative, a buyer for itself, to the cooperative it names. */
    public long create(SentraUser user, NewSpecification request) {
        SpecAccess.requireWriter(user);
        Long cooperativeId = user.is(Role.OPERATOR) ? user.cooperativeId() : request.cooperativeId();
        Long buyerId = user.is(Role.BUYER) ? user.buyerId() : request.buyerId();
        var problems = new ArrayList<FieldProblem>(SpecRules.checkPart(request.partNumber(), request.partName()));
        problems.addAll(SpecRules.check(request.first(), false, library));
        if (cooperativeId == null || cooperatives.cooperative(cooperativeId).isEmpty()) {
            problems.add(FieldProblem.of("cooperativeId", "field.required"));
        }
        if (user.is(Role.BUYER) && buyerId == null) {
            throw new AccessDeniedException("A buyer account without an organisation writes no specification");
        }
        if (buyerId != null && names.buyers(List.of(buyerId)).isEmpty()) {
            problems.add(FieldProblem.of("buyerId", "pspec.buyer.unknown"));
        }
        if (problems.isEmpty() && !specs.findByCooperativeIdAndPartNumber(cooperativeId, request.partNumber().trim()).stream()
                .filter(s -> Objects.equals(s.buyerId(), buyerId)).toList().isEmpty()) {
            problems.add(FieldProblem.of("partNumber", "pspec.partNumber.taken", request.partNumber().trim()));
        }
        failOn(problems);
        if (!SpecAccess.canWrite(viewer(user), cooperativeId, buyerId)) {
            throw new AccessDeniedException("You may not write specifications for cooperative " + cooperativeId);
        }
        var spec = ProductSpec.create(cooperativeId, buyerId, request.partNumber().trim(), request.partName().trim(), revising(user, request.first()));
        return specs.save(spec).getId();
    }

    /** Adds a revision; the revisions before it stay as they were. Answers the new revision's number. */
    public int revise(SentraUser user, long id, int expectedVersion, RevisionRequest request) {
        var spec = load(id);
        SpecAccess.requireWrite(viewer(user), spec);
        failOn(SpecRules.check(request, true, library));
        int revisionNo = spec.revise(expectedVersion, revising(user, request));
        try {
            specs.save(spec);
        } catch (OptimisticLockingFailureException e) {
            // Someone saved between our read and our write.
            throw new StaleRecordException(spec.auditType(), id);
        }
        return revisionNo;
    }

    /** Any specification by id, without a person's scope: for the modules that judge lots against it. */
    @Transactional(readOnly = true)
    public Optional<ProductSpecification> find(long id) {
        return specs.findById(id).map(spec -> views(List.of(spec)).getFirst());
    }

    /** The specification a cooperative keeps for a buyer's part number, if any. */
    @Transactional(readOnly = true)
    public Optional<ProductSpecification> findByPart(long cooperativeId, @Nullable Long buyerId, String partNumber) {
        return specs.findByCooperativeIdAndPartNumber(cooperativeId, partNumber.trim()).stream()
                .filter(s -> Objects.equals(s.buyerId(), buyerId)).findFirst().map(spec -> views(List.of(spec)).getFirst());
    }

    private ProductSpec.Revising revising(SentraUser user, RevisionRequest request) {
        var trimmed = new RevisionRequest(request.effectiveFrom(), request.reason().trim(), request.content());
        return new ProductSpec.Revising(trimmed, library.version(), user.username(), clock.instant());
    }

    private List<ProductSpecification> views(List<ProductSpec> found) {
        Map<Long, String> buyers = names.buyers(found.stream().map(ProductSpec::buyerId).filter(Objects::nonNull).distinct().toList());
        return found.stream().map(spec -> new ProductSpecification(Objects.requireNonNull(spec.getId()),
                new ProductSpecification.Parties(spec.cooperativeId(),
                        cooperatives.cooperative(spec.cooperativeId()).map(c -> c.name()).orElse("?"),
                        spec.buyerId(), spec.buyerId() == null ? null : buyers.get(spec.buyerId())),
                spec.partNumber(), spec.partName(), spec.version(), spec.revisions())).toList();
    }

    private SpecAccess.Viewer viewer(SentraUser user) {
        if (user.is(Role.MEMBER) && user.memberId() != null) {
            return new SpecAccess.Viewer(user, members.profile(user, user.memberId()).cooperativeId());
        }
        return new SpecAccess.Viewer(user, user.cooperativeId());
    }

    private ProductSpec load(long id) {
        return specs.findById(id).orElseThrow(() -> new RecordNotFoundException("product specification", id));
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
