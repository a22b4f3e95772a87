package id.sentra.quality.production;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import id.sentra.quality.CarbonEquivalent;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.Element;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.SpecimenKind;

/** One melt of one member's furnace: its charge, chemistry and mechanical results. */
@Table("heat")
class Heat implements Audited {

    private @Id @Nullable Long id;
    private long cooperativeId;
    private long memberId;
    private String furnace;
    private LocalDate meltedOn;
    private String heatNumber;
    private String gradeCode;
    private @Nullable LocalDate analysedOn;
    private @Nullable Integer tensileMpa;
    private @Nullable Integer hardnessHb;
    private @Nullable SpecimenKind specimen;
    @MappedCollection(idColumn = "heat_id")
    private Set<HeatReading> readings = new HashSet<>();
    @MappedCollection(idColumn = "heat_id", keyColumn = "heat_key")
    private List<ChargeLine> charges = new ArrayList<>();
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;

    Heat(long cooperativeId, long memberId, String furnace, LocalDate meltedOn, String heatNumber, String gradeCode) {
        this.cooperativeId = cooperativeId;
        this.memberId = memberId;
        this.furnace = furnace;
        this.meltedOn = meltedOn;
        this.heatNumber = heatNumber;
        this.gradeCode = gradeCode;
    }

    /** A heat from a draft that passed {@link HeatRules}. */
    static Heat of(long cooperativeId, long memberId, HeatDraft draft) {
        var heat = new Heat(cooperativeId, memberId, Objects.requireNonNull(draft.furnace()).trim(),
                Objects.requireNonNull(draft.meltedOn()), Objects.requireNonNull(draft.heatNumber()).trim(),
                Objects.requireNonNull(draft.gradeCode()).trim());
        heat.tensileMpa = draft.tensileMpa();
        heat.hardnessHb = draft.hardnessHb();
        heat.specimen = draft.specimen();
        // At the columns' scales (numeric(10,2) and (8,4)), so the heat answered at once is the heat read back later.
        draft.charges().forEach(line -> heat.charges.add(line.weightKg() == null ? line : new ChargeLine(line.material(),
                line.weightKg().setScale(2, RoundingMode.HALF_UP), line.origin(), line.supplier(), line.purchaseReference())));
        draft.readings().forEach((element, percent) ->
                heat.readings.add(new HeatReading(element, percent.setScale(4, RoundingMode.HALF_UP))));
        return heat;
    }

    /** A new analysis replaces the old one whole: readings of two analyses are never mixed. */
    void analysed(Map<Element, BigDecimal> newReadings, @Nullable LocalDate on) {
        readings = new HashSet<>();
        newReadings.forEach((element, percent) -> readings.add(new HeatReading(element, percent)));
        analysedOn = on;
    }

    @Override
    public @Nullable Long getId() { return id; }

    @Override
    public String auditType() { return "heat"; }

    /**
     * Takes the key and stamps the lean insert of {@link HeatWriter} gave it; a heat is recorded only once.
     */
    void recorded(long newId, Instant at, String by) {
        stamped(at, by);
        numbered(newId);
    }

    /** The stamps of a new heat (version 1, created and modified now), set before it is inserted. */
    void stamped(Instant at, String by) {
        if (id != null) {
            throw new IllegalStateException("Heat " + id + " is already recorded");
        }
        version = 1;
        createdAt = at;
        createdBy = by;
        modifiedAt = at;
        modifiedBy = by;
    }

    /** Takes the key the database gave the stamped heat; a heat is recorded only once. */
    void numbered(long newId) {
        if (id != null) {
            throw new IllegalStateException("Heat " + id + " is already recorded");
        }
        id = newId;
    }

    long memberId() { return memberId; }
    String furnace() { return furnace; }
    LocalDate meltedOn() { return meltedOn; }
    @Nullable Integer tensileMpa() { return tensileMpa; }
    @Nullable Integer hardnessHb() { return hardnessHb; }
    @Nullable SpecimenKind specimen() { return specimen; }
    List<ChargeLine> charges() { return List.copyOf(charges); }
    long cooperativeId() { return cooperativeId; }
    String heatNumber() { return heatNumber; }
    String gradeCode() { return gradeCode; }

    Map<Element, BigDecimal> readings() {
        var map = new EnumMap<Element, BigDecimal>(Element.class);
        readings.forEach(r -> map.put(r.element(), r.massPercent()));
        return map;
    }

    HeatRecord toRecord() {
        var chemistry = readings();
        return new HeatRecord(Objects.requireNonNull(id), cooperativeId, memberId, heatNumber, meltedOn, furnace, gradeCode,
                analysedOn, chemistry, CarbonEquivalent.of(chemistry), tensileMpa, hardnessHb, specimen, List.copyOf(charges),
                version);
    }
}
