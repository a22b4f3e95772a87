package id.sentra.quality.inspection;

import org.springframework.stereotype.Component;

import id.sentra.allocation.WorkOrderStatus;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Disposition;
import id.sentra.quality.production.LotBook;

/**
 * Marks a work order inspected once its lots hold all its pieces and every lot has a decision that stands
 * (accepted or rejected; a held lot is still waiting for one).
 */
@Component
class WorkOrderCompletion {

    private final WorkOrderProgress workOrders;
    private final LotBook lots;
    private final Inspections inspections;

    WorkOrderCompletion(WorkOrderProgress workOrders, LotBook lots, Inspections inspections) {
        this.workOrders = workOrders;
        this.lots = lots;
        this.inspections = inspections;
    }

    /** Answers whether the order is now marked inspected. */
    boolean markIfDecided(SentraUser user, long workOrderId) {
        var order = workOrders.find(workOrderId).orElseThrow();
        if (order.status() != WorkOrderStatus.IN_PRODUCTION) {
            return false;
        }
        var orderLots = lots.ofWorkOrder(user, workOrderId);
        int made = orderLots.stream().mapToInt(l -> l.quantityMade()).sum();
        var decided = inspections.findByWorkOrderIdAndSupersededFalse(workOrderId).stream()
                .filter(i -> i.standing() != Disposition.HOLD).map(Inspection::lotId).toList();
        boolean allDecided = orderLots.stream().allMatch(l -> decided.contains(l.id()));
        if (made < order.pieces() || !allDecided) {
            return false;
        }
        workOrders.markInspected(user, workOrderId, order.version());
        return true;
    }
}
