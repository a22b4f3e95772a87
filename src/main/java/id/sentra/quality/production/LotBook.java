package id.sentra.quality.production;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.allocation.WorkOrderProgress;
import id.sentra.allocation.WorkOrderStatus;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.LotRecord;
import id.sentra.quality.Specifications;

/** Lots of work orders: the member adds them while the order is in production; its operator reads them. */
@Service
public class LotBook {

    private final Lots lots;
    private final Heats heats;
    private final WorkOrderProgress workOrders;
    private final GradeFamilies grades;

    LotBook(Lots lots, Heats heats, WorkOrderProgress workOrders, Specifications specifications) {
        this.lots = lots;
        this.heats = heats;
        this.workOrders = workOrders;
        this.grades = new GradeFamilies(specifications::grade);
    }

    /**
     * Adds a lot to a work order in production. The order is locked first, so two lots added at
     * the same moment are counted one after the other and cannot together pass its pieces.
     */
    @Transactional
    public long add(SentraUser user, long workOrderId, LotDraft draft) {
        ProductionAccess.requireRecorder(user);
        var order = workOrders.lockForProduction(user, workOrderId);
        if (order.status() != WorkOrderStatus.IN_PRODUCTION) {
            throw new InvalidInputException(List.of(FieldProblem.of("workOrder", "lot.workOrder.notInProduction")));
        }
        var rulesOrder = new LotRules.Order(order.memberId(), order.material(), order.pieces(), lots.madeFor(workOrderId));
        var problems = LotRules.check(draft, rulesOrder, heats.findAllById(draft.heatIds()), grades);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Objects.requireNonNull(lots.save(Lot.of(workOrderId, order.cooperativeId(), order.memberId(), draft)).getId());
    }

    /** The lots of a work order the person may see. */
    @Transactional(readOnly = true)
    public List<LotRecord> ofWorkOrder(SentraUser user, long workOrderId) {
        ProductionAccess.requireReader(user);
        workOrders.get(user, workOrderId);
        return lots.findByWorkOrderIdOrderByIdAsc(workOrderId).stream().map(Lot::toRecord).toList();
    }

    /** Every lot poured from a heat the person may see: the start of a recall. */
    @Transactional(readOnly = true)
    public List<LotRecord> ofHeat(SentraUser user, long heatId) {
        var heat = heats.findById(heatId).orElseThrow(() -> new RecordNotFoundException("heat", heatId));
        ProductionAccess.requireView(user, heat.cooperativeId(), heat.memberId(), "Heat " + heatId);
        return lots.findAllById(lots.idsOfHeat(heatId)).stream().map(Lot::toRecord)
                .sorted(Comparator.comparingLong(LotRecord::id)).toList();
    }

    @Transactional(readOnly = true)
    public LotRecord get(SentraUser user, long lotId) {
        var lot = lots.findById(lotId).orElseThrow(() -> new RecordNotFoundException("lot", lotId)).toRecord();
        ProductionAccess.requireView(user, lot.cooperativeId(), lot.memberId(), "Lot " + lotId);
        return lot;
    }

    /** A lot whoever asks, for the parts of quality that check the person's scope themselves (inspection). */
    @Transactional(readOnly = true)
    public java.util.Optional<LotRecord> find(long lotId) {
        return lots.findById(lotId).map(Lot::toRecord);
    }
}
