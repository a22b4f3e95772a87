package id.sentra.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Parts of one work order poured from one or more heats: good pieces made, and the pieces
 * scrapped beside them by defect. Disposition and traceability start from here.
 */
public record LotRecord(
        long id,
        long workOrderId,
        long cooperativeId,
        long memberId,
        LocalDate madeOn,
        int quantityMade,
        List<Long> heatIds,
        Map<DefectCode, Integer> scrapped,
        int version) {

    public int quantityScrapped() {
        return scrapped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
