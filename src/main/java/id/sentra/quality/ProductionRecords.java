package id.sentra.quality;

import java.time.LocalDate;
import java.util.List;

import id.sentra.platform.security.SentraUser;

/**
 * Heats and lots for the parts that judge and trace them (disposition, certificates, trace, TKDN),
 * scoped like the pages: a member its own, an operator its cooperative's, the platform all.
 */
public interface ProductionRecords {

    HeatRecord heat(SentraUser user, long heatId);

    List<HeatRecord> heats(SentraUser user);

    /** A member's heats melted on or after {@code from}, newest first, within the person's scope. */
    List<HeatRecord> heatsOfMember(SentraUser user, long memberId, LocalDate from);

    /** A cooperative's {@code newest} latest heats melted on or after {@code from}, newest first, within the person's scope. */
    List<HeatRecord> heatsOfCooperative(SentraUser user, long cooperativeId, LocalDate from, int newest);

    List<LotRecord> lotsOfWorkOrder(SentraUser user, long workOrderId);

    List<LotRecord> lotsOfHeat(SentraUser user, long heatId);
}
