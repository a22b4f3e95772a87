package id.sentra.quality.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.audit.Audited;
import id.sentra.quality.DefectCode;
import id.sentra.quality.LotRecord;

/**
 * Parts of one work order from one or more heats. Good pieces count against the order; scrapped
 * pieces are kept beside them by defect, for the member's scrap rate.
 */
@Table("lot")
class Lot implements Audited {

    private @Id @Nullable Long id;
    private long workOrderId;
    private long cooperativeId;
    private long memberId;
    private LocalDate madeOn;
    private int quantityMade;
    @MappedCollection(idColumn = "lot_id")
    private Set<LotHeat> heats = new HashSet<>();
    @MappedCollection(idColumn = "lot_id")
    private Set<LotDefect> defects = new HashSet<>();
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;

    Lot(long workOrderId, long cooperativeId, long memberId, LocalDate madeOn, int quantityMade) {
        this.workOrderId = workOrderId;
        this.cooperativeId = cooperativeId;
        this.memberId = memberId;
        this.madeOn = madeOn;
        this.quantityMade = quantityMade;
    }

    /** A lot from a draft that passed {@link LotRules}. */
    static Lot of(long workOrderId, long cooperativeId, long memberId, LotDraft draft) {
        var lot = new Lot(workOrderId, cooperativeId, memberId, Objects.requireNonNull(draft.madeOn()),
                Objects.requireNonNull(draft.quantityMade()));
        draft.heatIds().forEach(heatId -> lot.heats.add(new LotHeat(heatId)));
        draft.scrapped().forEach((defect, pieces) -> {
            if (pieces > 0) {
                lot.defects.add(new LotDefect(defect, pieces));
            }
        });
        return lot;
    }

    @Override
    public @Nullable Long getId() { return id; }

    @Override
    public String auditType() { return "lot"; }

    LotRecord toRecord() {
        var scrapped = new EnumMap<DefectCode, Integer>(DefectCode.class);
        defects.forEach(d -> scrapped.put(d.defect(), d.pieces()));
        var heatIds = heats.stream().map(LotHeat::heatId).sorted(Comparator.naturalOrder()).toList();
        return new LotRecord(Objects.requireNonNull(id), workOrderId, cooperativeId, memberId, madeOn, quantityMade,
                heatIds, scrapped, version);
    }
}
