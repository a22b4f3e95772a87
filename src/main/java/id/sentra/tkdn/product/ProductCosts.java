package id.sentra.tkdn.product;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.allocation.WorkOrder;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.demand.ContractSearch;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.MemberRegistry;
import id.sentra.registry.RegistryNames;
import id.sentra.tkdn.TenderOffer;
import id.sentra.tkdn.Tkdn;

/**
 * Members' products and their cost structures: listed per member, started from the template for a contract line
 * the member works on, edited whole (with the version the editor started from), and assessed on every read so the
 * figure follows the heats. Costs for the member, its cooperative and the platform; figures for the contract's
 * buyer and the ministry.
 */
@Service
public class ProductCosts {

    private final TkdnProducts products;
    private final ProductAssessor assessor;
    private final Tkdn tkdn;
    private final WorkOrderProgress workOrders;
    private final ContractSearch contracts;
    private final MemberRegistry members;
    private final RegistryNames names;
    private final Clock clock;

    ProductCosts(TkdnProducts products, ProductAssessor assessor, Tkdn tkdn, WorkOrderProgress workOrders,
                 ContractSearch contracts, MemberRegistry members, RegistryNames names, Clock clock) {
        this.products = products;
        this.assessor = assessor;
        this.tkdn = tkdn;
        this.workOrders = workOrders;
        this.contracts = contracts;
        this.members = members;
        this.names = names;
        this.clock = clock;
    }

    /** A member's products with their figures, and its contract lines still without a cost structure. */
    @Transactional(readOnly = true)
    public MemberProducts ofMember(SentraUser user, long memberId) {
        var profile = members.profile(user, memberId);
        ProductAccess.requireCosts(user, profile.cooperativeId(), memberId);
        var stored = products.findByMemberIdOrderByContractIdAscLineNoAsc(memberId);
        var figures = stored.stream().map(p -> figures(p, profile.legalName())).toList();
        var open = new LinkedHashMap<String, MemberProducts.OpenLine>();
        for (WorkOrder order : workOrders.ofMember(memberId)) {
            boolean covered = stored.stream().anyMatch(p -> p.key().contractId() == order.contractId() && p.key().lineNo() == order.lineNo());
            if (!covered) {
                open.merge(order.contractId() + "/" + order.lineNo(),
                        new MemberProducts.OpenLine(order.contractId(), order.lineNo(), order.partName(), order.pieces()),
                        (a, b) -> new MemberProducts.OpenLine(a.contractId(), a.lineNo(), a.partName(), a.pieces() + b.pieces()));
            }
        }
        return new MemberProducts(memberId, profile.legalName(), figures, List.copyOf(open.values()));
    }

    /** The whole cost structure with its assessment and evidence; only for those who see costs. */
    @Transactional(readOnly = true)
    public ProductSheet sheet(SentraUser user, long productId) {
        var product = load(productId);
        var key = product.key();
        ProductAccess.requireCosts(user, key.cooperativeId(), key.memberId());
        return sheet(product, memberName(key.memberId()));
    }

    /** Whether this person sees the product's costs (else only its figures). */
    @Transactional(readOnly = true)
    public boolean seesCosts(SentraUser user, long productId) {
        var key = load(productId).key();
        return ProductAccess.seesCosts(user, key.cooperativeId(), key.memberId());
    }

    /**
     * The figures without costs: also for the buyer of the product's contract and the ministry. Not in one
     * transaction, so that a refused contract read (a buyer's check) rolls back only its own.
     */
    public ProductFigures figures(SentraUser user, long productId) {
        var product = load(productId);
        var key = product.key();
        if (!ProductAccess.seesCosts(user, key.cooperativeId(), key.memberId()) && !user.is(Role.MINISTRY) && !buyerOf(user, key)) {
            throw new AccessDeniedException("Product " + productId + " is not on your contracts");
        }
        return figures(product, memberName(key.memberId()));
    }

    /** The heats behind each line that follows them, for the worksheet's evidence list. */
    @Transactional(readOnly = true)
    public List<HeatEvidence> evidence(SentraUser user, long productId) {
        return sheet(user, productId).evidence();
    }

    /**
     * Starts a product's cost structure from the template for a contract line the member has work orders on.
     * The member's cooperative (or the member itself, or the platform) does this once per member and line.
     */
    @Transactional
    public long start(SentraUser user, long memberId, long contractId, int lineNo) {
        var orders = workOrders.ofMember(memberId).stream()
                .filter(o -> o.contractId() == contractId && o.lineNo() == lineNo).toList();
        var cooperativeId = orders.isEmpty() ? members.profile(user, memberId).cooperativeId() : orders.getFirst().cooperativeId();
        ProductAccess.requireCosts(user, cooperativeId, memberId);
        if (orders.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("lineNo", "tkdn.product.noWorkOrder")));
        }
        var order = orders.getFirst();
        var draft = CostTemplate.foundry(BigDecimal.valueOf(order.gramsPerPiece()).movePointLeft(3), order.material(), LocalDate.now(clock));
        var key = new ProductKey(cooperativeId, memberId, contractId, lineNo);
        try {
            return products.save(TkdnProduct.of(key, order.partName(), draft)).id();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("lineNo", "tkdn.product.exists")));
        }
    }

    /** Replaces the cost structure whole; refused when someone saved it since {@code expectedVersion}. */
    @Transactional
    public void revise(SentraUser user, long productId, int expectedVersion, @Nullable CostDraft draft) {
        var product = load(productId);
        var key = product.key();
        ProductAccess.requireCosts(user, key.cooperativeId(), key.memberId());
        if (draft == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("structure", "field.required")));
        }
        var problems = CostRules.check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        product.revise(expectedVersion, draft);
        try {
            products.save(product);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(product.auditType(), productId);
        }
    }

    /** What the figures would be with this draft, without saving it (the page's live preview). */
    @Transactional(readOnly = true)
    public ProductSheet preview(SentraUser user, long productId, CostDraft draft) {
        var product = load(productId);
        var key = product.key();
        ProductAccess.requireCosts(user, key.cooperativeId(), key.memberId());
        var problems = CostRules.check(draft);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var assessed = assessor.assess(key.memberId(), product.product(), draft);
        return new ProductSheet(figures(product, memberName(key.memberId()), assessed), product.version(), draft,
                assessed.assessment(), assessed.evidence(), true, product.modifiedAt(), product.modifiedBy());
    }

    /** The figures of every stored product of these contracts, by contract, for the contract-level TKDN (unscoped: callers check). */
    List<ProductFigures> figuresOfContract(long contractId) {
        var ids = products.idsOfContract(contractId);
        if (ids.isEmpty()) {
            return List.of();
        }
        var stored = products.findAllById(ids);
        var memberNames = names.members(stored.stream().map(p -> p.key().memberId()).distinct().toList());
        return stored.stream().map(p -> figures(p, memberNames.getOrDefault(p.key().memberId(), "–"))).toList();
    }

    private ProductSheet sheet(TkdnProduct product, String memberName) {
        var draft = product.draft();
        var assessed = assessor.assess(product.key().memberId(), product.product(), draft);
        return new ProductSheet(figures(product, memberName, assessed), product.version(), draft, assessed.assessment(),
                assessed.evidence(), true, product.modifiedAt(), product.modifiedBy());
    }

    private ProductFigures figures(TkdnProduct product, String memberName) {
        return figures(product, memberName, assessor.assess(product.key().memberId(), product.product(), product.draft()));
    }

    private ProductFigures figures(TkdnProduct product, String memberName, ProductAssessor.Assessed assessed) {
        var assessment = assessed.assessment();
        var verdict = tkdn.judge(TenderOffer.of(memberName, assessment), List.of());
        return new ProductFigures(product.id(), product.key(), product.product(), memberName, assessment.regulation(),
                assessment.tkdnPercent(), assessment.bmpPercent(), verdict, tkdn.minimumTkdnForObligation(assessment.bmpPercent()));
    }

    private boolean buyerOf(SentraUser user, ProductKey key) {
        if (!user.is(Role.BUYER)) {
            return false;
        }
        try {
            return contracts.get(user, key.contractId()).buyerId() == user.buyerId();
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private String memberName(long memberId) {
        return names.members(List.of(memberId)).getOrDefault(memberId, "–");
    }

    private TkdnProduct load(long productId) {
        return products.findById(productId).orElseThrow(() -> new RecordNotFoundException("tkdnProduct", productId));
    }
}
