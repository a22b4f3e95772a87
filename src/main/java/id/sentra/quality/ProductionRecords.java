package id.sentra.quality;

import java.util.List;

import id.sentra.platform.security.SentraUser;

/**
 * Heats and lots for the parts that judge and trace them (disposition, certificates, trace, TKDN),
 * scoped like the pages: a member its own, an operator its cooperative's, the platform all.
 */
public interface ProductionRecords {

    HeatRecord heat(SentraUser user, long heatId);

    List<HeatRecord> heats(SentraUser user);

    List<LotRecord> lotsOfWorkOrder(SentraUser user, long workOrderId);

    List<LotRecord> lotsOfHeat(SentraUser user, long heatId);
}
