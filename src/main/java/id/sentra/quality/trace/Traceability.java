package id.sentra.quality.trace;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.security.SentraUser;

/**
 * Traceability both ways, scoped to the person: back from a lot or a certificate number to heats, charge
 * materials, member, work order, contract and buyer; forward from a heat to every lot, certificate and buyer.
 */
@Service
public class Traceability {

    private final TraceQueries queries;

    Traceability(TraceQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public LotTrace lot(SentraUser user, long lotId) {
        var line = queries.lot(lotId).orElseThrow(() -> new RecordNotFoundException("lot", lotId));
        TraceAccess.requireLot(user, line.origin());
        return new LotTrace(line.lotId(), line.madeOn(), line.quantityMade(), line.origin(), queries.heatsOfLot(lotId),
                line.certificateNumber());
    }

    /** The lot a certificate was issued for, traced back; unknown numbers are not found. */
    @Transactional(readOnly = true)
    public LotTrace certificate(SentraUser user, String number) {
        long lotId = queries.lotOfCertificate(number.trim()).orElseThrow(() -> new RecordNotFoundException("certificate", 0));
        return lot(user, lotId);
    }

    /**
     * The recall list of a heat: only people who may see the heat, since it names every buyer it reached. One
     * statement outside a transaction, heat and lots read at one moment: no BEGIN and COMMIT round trips per call (the
     * most frequent trace, a recall being worked through heat by heat).
     */
    public HeatRecall heat(SentraUser user, long heatId) {
        var recall = queries.recall(heatId).orElseThrow(() -> new RecordNotFoundException("heat", heatId));
        TraceAccess.requireHeat(user, recall.heat());
        return recall;
    }
}
