package id.sentra.allocation;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.allocation.planning.AllocationPlan;
import id.sentra.allocation.planning.Assignment;
import id.sentra.allocation.planning.Objective;
import id.sentra.allocation.planning.Planner;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractStatus;
import id.sentra.demand.ContractView;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * The operator's allocation of an awarded contract: propose a plan (optimised and explained),
 * pin quantities and propose again, publish one plan as work orders. Only the contract's own
 * cooperative (or the platform) allocates; buyers and members never see the split or its prices.
 */
@Service
public class AllocationService {

    private final ContractSearch contracts;
    private final ProblemBuilder problems;
    private final Planner planner;
    private final Allocations allocations;
    private final WorkOrders workOrders;
    private final JdbcClient jdbc;
    private final Clock clock;

    AllocationService(ContractSearch contracts, ProblemBuilder problems, Planner planner, Allocations allocations,
                      WorkOrders workOrders, JdbcClient jdbc, Clock clock) {
        this.contracts = contracts;
        this.problems = problems;
        this.planner = planner;
        this.allocations = allocations;
        this.workOrders = workOrders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Solves and saves a draft plan for the contract; earlier drafts are superseded. */
    @Transactional
    public long propose(SentraUser user, long contractId, Allocation.Settings settings) {
        var contract = allocatable(user, contractId);
        if (isPublished(contractId)) {
            throw new IllegalStateException("Contract " + contract.reference() + " is allocated already");
        }
        var problem = problems.build(user, contract, settings);
        var plan = planner.plan(problem);
        allocations.findByContractIdOrderByIdDesc(contractId).forEach(previous -> {
            previous.supersede();
            allocations.save(previous);
        });
        var quantities = plan.assignments().stream().map(a -> new PlanQuantity(a.memberId(), ProblemBuilder.lineNo(a.lineKey()),
                a.month().atDay(1), a.pieces(), offer(problem, a).pricePerPiece())).toList();
        int shortPieces = plan.shortfalls().stream().mapToInt(s -> s.pieces()).sum();
        var figures = new Allocation.Figures(plan.status(), plan.objective().cost(), plan.cheapest().cost(),
                plan.objective().deviationKg(), shortPieces);
        return allocations.save(Allocation.of(contractId, contract.cooperativeId(), settings, figures, quantities)).getId();
    }

    /** A plan with its explanation, read against today's members and prices. */
    @Transactional(readOnly = true)
    public PlanPage page(SentraUser user, long planId) {
        var allocation = load(planId);
        var contract = inScope(user, allocation.contractId());
        var problem = problems.build(user, contract, allocation.settings());
        var assignments = allocation.quantities().stream().map(q -> new Assignment(q.memberId(), ProblemBuilder.key(q.lineNo()),
                YearMonth.from(q.period()), q.pieces())).toList();
        var cheapest = new Objective(allocation.cheapestRupiah(), 0, 0, 0, 0);
        AllocationPlan plan = planner.reread(problem, assignments, allocation.solveStatus(), cheapest);
        return new PlanPage(allocation, contract, problem, plan, changedSince(problem, allocation));
    }

    /** Publishes a plan as work orders. The contract's primary key in {@code contract_allocation} lets only one publish win. */
    @Transactional
    public int publish(SentraUser user, long planId, int expectedVersion) {
        var allocation = load(planId);
        var contract = allocatable(user, allocation.contractId());
        allocation.publish(expectedVersion, user.username(), clock.instant());
        try {
            jdbc.sql("insert into contract_allocation (contract_id, plan_id, published_at, published_by) values (:c, :p, :at, :by)")
                    .param("c", contract.id()).param("p", planId)
                    .param("at", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                    .param("by", user.username()).update();
            allocations.save(allocation);
        } catch (DuplicateKeyException e) {
            throw new AlreadyPublishedException(contract.reference());
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(allocation.auditType(), planId);
        }
        var lines = contract.lines();
        var orders = allocation.quantities().stream().map(q -> {
            var spec = lines.stream().filter(l -> l.lineNo() == q.lineNo()).findFirst().orElseThrow().specification();
            return new WorkOrder(planId, contract.id(), allocation.cooperativeId(), q.memberId(), q.lineNo(), spec.partName(),
                    spec.materialFamily(), spec.unitWeightKg().multiply(java.math.BigDecimal.valueOf(1000)).intValue(),
                    q.period(), q.pieces(), q.memberPrice());
        }).toList();
        workOrders.saveAll(orders);
        return orders.size();
    }

    @Transactional(readOnly = true)
    public List<Allocation> plans(SentraUser user, long contractId) {
        inScope(user, contractId);
        return allocations.findByContractIdOrderByIdDesc(contractId);
    }

    /** Work orders a person may see: a member its own, an operator its cooperative's, the platform all. */
    @Transactional(readOnly = true)
    public List<WorkOrder> workOrders(SentraUser user) {
        return switch (user.role()) {
            case MEMBER -> workOrders.findByMemberIdOrderByPeriodAscLineNoAsc(user.memberId());
            case OPERATOR -> workOrders.findByCooperativeIdOrderByPeriodAscMemberIdAsc(user.cooperativeId());
            case ADMIN -> workOrders.findAll();
            case BUYER, MINISTRY -> throw new AccessDeniedException("Work orders and members' prices are the cooperative's own");
        };
    }

    /** One page of {@link #workOrders(SentraUser)}, the latest month first, in the same scope. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Slice<WorkOrder> workOrders(SentraUser user, org.springframework.data.domain.Pageable page) {
        return switch (user.role()) {
            case MEMBER -> workOrders.findByMemberIdOrderByPeriodDescIdDesc(java.util.Objects.requireNonNull(user.memberId()), page);
            case OPERATOR -> workOrders.findByCooperativeIdOrderByPeriodDescIdDesc(java.util.Objects.requireNonNull(user.cooperativeId()), page);
            case ADMIN -> workOrders.findAllByOrderByPeriodDescIdDesc(page);
            case BUYER, MINISTRY -> throw new AccessDeniedException("Work orders and members' prices are the cooperative's own");
        };
    }

    /** The contract as the allocating operator sees it, whatever its status (see {@link #acceptsAllocation}). */
    @Transactional(readOnly = true)
    public ContractView contract(SentraUser user, long contractId) {
        return inScope(user, contractId);
    }

    /** The limits a line starts with until the operator changes them. */
    public List<LineRule> defaultRules(ContractView contract) {
        return contract.lines().stream().map(line -> {
            var pieces = new java.util.HashMap<YearMonth, Integer>();
            line.months().forEach(m -> pieces.put(m.period(), m.scheduled()));
            return ProblemBuilder.defaultRule(line.lineNo(), pieces);
        }).toList();
    }

    public boolean isPublished(long contractId) {
        return jdbc.sql("select count(*) from contract_allocation where contract_id = :c").param("c", contractId)
                .query(Long.class).single() > 0;
    }

    private ContractView allocatable(SentraUser user, long contractId) {
        var contract = inScope(user, contractId);
        if (!acceptsAllocation(contract)) {
            throw new IllegalStateException("Contract " + contract.reference() + " is " + contract.status() + "; only awarded contracts are allocated");
        }
        return contract;
    }

    /** Only an awarded contract, or one in production, is split over members (again). */
    public boolean acceptsAllocation(ContractView contract) {
        return contract.status() == ContractStatus.AWARDED || contract.status() == ContractStatus.IN_PRODUCTION;
    }

    /** The contract, if it is the person's cooperative's (or the person is the platform), whatever its status. */
    private ContractView inScope(SentraUser user, long contractId) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OPERATOR)) {
            throw new AccessDeniedException("Only the cooperative allocates its contracts");
        }
        var contract = contracts.get(user, contractId);
        if (contract.cooperativeId() == null
                || user.is(Role.OPERATOR) && !contract.cooperativeId().equals(user.cooperativeId())) {
            throw new AccessDeniedException("Contract " + contractId + " belongs to another cooperative");
        }
        return contract;
    }

    private Allocation load(long planId) {
        return allocations.findById(planId).orElseThrow(() -> new RecordNotFoundException("allocation", planId));
    }

    /**
     * Members whose price changed, or who can no longer take their line, since the plan was solved:
     * the page explains the plan against today's data, so it says when that data has moved.
     */
    private static List<String> changedSince(id.sentra.allocation.planning.AllocationProblem problem, Allocation allocation) {
        var changed = new java.util.TreeSet<String>();
        for (var q : allocation.quantities()) {
            var supplier = problem.suppliers().stream().filter(s -> s.memberId() == q.memberId()).findFirst();
            var offer = supplier.map(s -> s.offers().get(ProblemBuilder.key(q.lineNo())));
            if (offer.isEmpty() || offer.get().pricePerPiece() != q.memberPrice()) {
                changed.add(supplier.map(id.sentra.allocation.planning.Supplier::name).orElse("#" + q.memberId()));
            }
        }
        return List.copyOf(changed);
    }

    private static id.sentra.allocation.planning.Supplier.Offer offer(id.sentra.allocation.planning.AllocationProblem problem, Assignment a) {
        return problem.suppliers().stream().filter(s -> s.memberId() == a.memberId()).findFirst().orElseThrow().offers().get(a.lineKey());
    }

}
