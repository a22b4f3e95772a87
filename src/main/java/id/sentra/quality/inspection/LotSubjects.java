package id.sentra.quality.inspection;

import org.springframework.stereotype.Component;

import id.sentra.allocation.WorkOrderProgress;
import id.sentra.demand.ContractParts;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.quality.Specifications;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.LotBook;

/**
 * Gathers a lot and what it is judged against. The part's specification is the one the cooperative keeps under the
 * buyer's part number of the work order's contract line; the revision is the one in force on the day the lot was made.
 */
@Component
class LotSubjects {

    private final LotBook lots;
    private final HeatBook heats;
    private final WorkOrderProgress workOrders;
    private final ContractParts parts;
    private final Specifications specifications;

    LotSubjects(LotBook lots, HeatBook heats, WorkOrderProgress workOrders, ContractParts parts, Specifications specifications) {
        this.lots = lots;
        this.heats = heats;
        this.workOrders = workOrders;
        this.parts = parts;
        this.specifications = specifications;
    }

    LotSubject load(long lotId) {
        var lot = lots.find(lotId).orElseThrow(() -> new RecordNotFoundException("lot", lotId));
        var order = workOrders.find(lot.workOrderId()).orElseThrow(() -> new RecordNotFoundException("workOrder", lot.workOrderId()));
        var part = parts.part(order.contractId(), order.lineNo()).orElse(null);
        var spec = part == null ? java.util.Optional.<id.sentra.quality.ProductSpecification>empty()
                : specifications.specificationForPart(lot.cooperativeId(), part.buyerId(), part.buyerPartNumber());
        var revision = spec.flatMap(s -> s.inForceOn(lot.madeOn()));
        return new LotSubject(lot, order, part, spec, revision, heats.find(lot.heatIds()));
    }
}
