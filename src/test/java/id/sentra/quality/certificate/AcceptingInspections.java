package id.sentra.quality.certificate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sentra.quality.Disposition;
import id.sentra.quality.LotInspection;
import id.sentra.quality.LotInspections;

/**
 * Lot inspections given by hand, standing in for the disposition module until it is part of the build: the lots
 * a test says were inspected, with the plan, inspector and disposition it says.
 */
final class AcceptingInspections implements LotInspections {

    static final String PLAN = "ISO 2859-1, level II, AQL 1.0, normal: F, n = 20, Ac 0, Re 1";
    static final String INSPECTOR = "Sri Wahyuni";

    private final Map<Long, LotInspection> byLot = new HashMap<>();

    AcceptingInspections inspected(long lotId, long workOrderId, long memberId, Disposition standing) {
        byLot.put(lotId, new LotInspection(lotId, workOrderId, memberId, 0, LocalDate.of(2027, 3, 4), INSPECTOR, "",
                PLAN, 20, 0, Map.of(), List.of(), standing, standing, null, null));
        return this;
    }

    @Override
    public Optional<LotInspection> ofLot(long lotId) {
        return Optional.ofNullable(byLot.get(lotId));
    }

    @Override
    public List<LotInspection> ofMember(long memberId) {
        return byLot.values().stream().filter(i -> i.memberId() == memberId).toList();
    }

    @Override
    public List<LotInspection> ofCooperative(long cooperativeId) {
        return List.copyOf(byLot.values());
    }
}
