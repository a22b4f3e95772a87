package id.sentra.quality.production;

import java.util.List;

import org.springframework.stereotype.Service;

import id.sentra.platform.security.SentraUser;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.LotRecord;
import id.sentra.quality.ProductionRecords;

/** The read facade other parts of quality use, over the heat and lot books. */
@Service
class ProductionRecordsService implements ProductionRecords {

    private final HeatBook heats;
    private final LotBook lots;

    ProductionRecordsService(HeatBook heats, LotBook lots) {
        this.heats = heats;
        this.lots = lots;
    }

    @Override
    public HeatRecord heat(SentraUser user, long heatId) {
        return heats.get(user, heatId);
    }

    @Override
    public List<HeatRecord> heats(SentraUser user) {
        return heats.list(user);
    }

    @Override
    public List<HeatRecord> heatsOfMember(SentraUser user, long memberId, java.time.LocalDate from) {
        return heats.ofMemberSince(user, memberId, from);
    }

    @Override
    public List<HeatRecord> heatsOfCooperative(SentraUser user, long cooperativeId, java.time.LocalDate from, int newest) {
        return heats.ofCooperativeSince(user, cooperativeId, from, newest);
    }

    @Override
    public List<LotRecord> lotsOfWorkOrder(SentraUser user, long workOrderId) {
        return lots.ofWorkOrder(user, workOrderId);
    }

    @Override
    public List<LotRecord> lotsOfHeat(SentraUser user, long heatId) {
        return lots.ofHeat(user, heatId);
    }
}
