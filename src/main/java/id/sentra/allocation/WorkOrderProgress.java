package id.sentra.allocation;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * A work order's way through production: the member starts and ships its own orders, the member or
 * its operator marks them inspected. Production records read work orders through here, scoped by role.
 */
@Service
public class WorkOrderProgress {

    private final WorkOrders workOrders;
    private final Clock clock;

    WorkOrderProgress(WorkOrders workOrders, Clock clock) {
        this.workOrders = workOrders;
        this.clock = clock;
    }

    /** One work order, if the person may see it: a member its own, an operator its cooperative's, the platform all. */
    @Transactional(readOnly = true)
    public WorkOrder get(SentraUser user, long id) {
        return visible(user, load(id));
    }

    /** A work order whoever asks, for the parts that check the person's scope themselves (lot inspection). */
    @Transactional(readOnly = true)
    public java.util.Optional<WorkOrder> find(long id) {
        return workOrders.findById(id);
    }

    /** A contract's work orders whoever asks, for the parts that check the person's scope themselves (contract TKDN). */
    @Transactional(readOnly = true)
    public java.util.List<WorkOrder> ofContract(long contractId) {
        return workOrders.findByContractIdOrderByMemberIdAscLineNoAsc(contractId);
    }

    /** A member's work orders whoever asks, for the parts that check the person's scope themselves (TKDN products). */
    @Transactional(readOnly = true)
    public java.util.List<WorkOrder> ofMember(long memberId) {
        return workOrders.findByMemberIdOrderByPeriodAscLineNoAsc(memberId);
    }

    /**
     * The work order, locked for the rest of the caller's transaction, for a member (or the platform)
     * adding to it; the caller's transaction is required so the lock means something.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public WorkOrder lockForProduction(SentraUser user, long id) {
        var order = workOrders.findLockedById(id).orElseThrow(() -> new RecordNotFoundException("workOrder", id));
        requireOwnMember(user, order);
        return order;
    }

    @Transactional
    public void startProduction(SentraUser user, long id, int expectedVersion) {
        var order = load(id);
        requireOwnMember(user, order);
        order.startProduction(expectedVersion);
        save(order);
    }

    @Transactional
    public void markInspected(SentraUser user, long id, int expectedVersion) {
        var order = visible(user, load(id));
        order.markInspected(expectedVersion);
        save(order);
    }

    @Transactional
    public void ship(SentraUser user, long id, int expectedVersion) {
        var order = load(id);
        requireOwnMember(user, order);
        order.ship(expectedVersion, LocalDate.now(clock));
        save(order);
    }

    private void save(WorkOrder order) {
        try {
            workOrders.save(order);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(order.auditType(), order.id());
        }
    }

    private WorkOrder load(long id) {
        return workOrders.findById(id).orElseThrow(() -> new RecordNotFoundException("workOrder", id));
    }

    private static WorkOrder visible(SentraUser user, WorkOrder order) {
        boolean allowed = switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> user.cooperativeId() != null && user.cooperativeId() == order.cooperativeId();
            case MEMBER -> user.memberId() != null && user.memberId() == order.memberId();
            case BUYER, MINISTRY -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException("Work order " + order.id() + " is not yours to see");
        }
        return order;
    }

    /** Production itself is the member's own business; the platform may act for it. */
    private static void requireOwnMember(SentraUser user, WorkOrder order) {
        boolean own = user.is(Role.MEMBER) && user.memberId() != null && user.memberId() == order.memberId();
        if (!own && !user.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only the member making work order " + order.id() + " reports its production");
        }
    }
}
