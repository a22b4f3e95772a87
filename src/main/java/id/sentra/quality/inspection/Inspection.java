package id.sentra.quality.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.Audited;
import id.sentra.quality.Disposition;
import id.sentra.quality.LotInspection;
import id.sentra.quality.sampling.Severity;

/**
 * One inspection of a lot: the plan, the measurements, every rule checked and Sentra's decision. An operator's
 * override sets the standing decision beside it, with who, when and why; the decision Sentra made is never changed.
 */
@Table("lot_inspection")
class Inspection implements Audited {

    static final int REASON_MAX = 1000;

    private @Id @Nullable Long id;
    private long lotId;
    private long workOrderId;
    private long cooperativeId;
    private long memberId;
    private @Nullable Long buyerId;
    private @Nullable Long specId;
    private String specRevision;
    private LocalDate inspectedOn;
    private String inspector;
    private Severity severity;
    private String samplingPlan;
    private int sampleSize;
    private int acceptance;
    private int rejection;
    private int defectives;
    private @Nullable BigDecimal wallMm;
    private Disposition decided;
    private Disposition standing;
    private @Nullable String overrideReason;
    private @Nullable String overriddenBy;
    private @Nullable Instant overriddenAt;
    private boolean superseded;
    @MappedCollection(idColumn = "lot_inspection_id", keyColumn = "check_key")
    private List<InspectionCheck> checks = new ArrayList<>();
    @MappedCollection(idColumn = "lot_inspection_id")
    private Set<InspectionMeasurement> measurements = new HashSet<>();
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;

    Inspection(long lotId, long workOrderId, long cooperativeId, long memberId, String specRevision, LocalDate inspectedOn,
               String inspector, Severity severity, String samplingPlan, Disposition decided) {
        this.lotId = lotId;
        this.workOrderId = workOrderId;
        this.cooperativeId = cooperativeId;
        this.memberId = memberId;
        this.specRevision = specRevision;
        this.inspectedOn = inspectedOn;
        this.inspector = inspector;
        this.severity = severity;
        this.samplingPlan = samplingPlan;
        this.decided = decided;
        this.standing = decided;
    }

    /** Who the lot is for and against which specification it was judged. */
    void judgedFor(@Nullable Long buyer, @Nullable Long spec, @Nullable BigDecimal wall) {
        this.buyerId = buyer;
        this.specId = spec;
        this.wallMm = wall;
    }

    void sampled(int n, int ac, int re, int defective, Map<String, List<BigDecimal>> values, DispositionRules.Judgement judgement) {
        sampleSize = n;
        acceptance = ac;
        rejection = re;
        defectives = defective;
        values.forEach((name, list) -> {
            for (int i = 0; i < list.size(); i++) {
                measurements.add(new InspectionMeasurement(name, i + 1, list.get(i)));
            }
        });
        judgement.checks().forEach(c -> checks.add(InspectionCheck.of(c)));
    }

    /**
     * An operator sets the decision that stands, for a reason; Sentra's own decision stays as it was. A later
     * override replaces the earlier one here; the audit trail keeps every one.
     */
    void override(int expectedVersion, Disposition to, String reason, String by, Instant at) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), id == null ? 0 : id);
        }
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("reason", "field.required")));
        }
        if (trimmed.length() > REASON_MAX) {
            throw new InvalidInputException(List.of(FieldProblem.of("reason", "field.tooLong", REASON_MAX)));
        }
        if (to == standing) {
            throw new InvalidInputException(List.of(FieldProblem.of("disposition", "inspection.override.same")));
        }
        standing = to;
        overrideReason = trimmed;
        overriddenBy = by;
        overriddenAt = at;
    }

    void supersede() {
        superseded = true;
    }

    @Override
    public @Nullable Long getId() { return id; }

    @Override
    public String auditType() { return "lotInspection"; }

    long lotId() { return lotId; }
    long workOrderId() { return workOrderId; }
    Severity severity() { return severity; }
    Disposition standing() { return standing; }
    int version() { return version; }
    @Nullable Instant overriddenAt() { return overriddenAt; }
    @Nullable BigDecimal wallMm() { return wallMm; }

    LotInspection toRecord() {
        var values = new LinkedHashMap<String, List<BigDecimal>>();
        measurements.stream().sorted(Comparator.comparing(InspectionMeasurement::characteristic)
                        .thenComparingInt(InspectionMeasurement::sampleNo))
                .forEach(m -> values.computeIfAbsent(m.characteristic(), k -> new ArrayList<>()).add(m.measured()));
        return new LotInspection(lotId, workOrderId, memberId, cooperativeId, inspectedOn, inspector, specRevision,
                samplingPlan, sampleSize, defectives, values, checks.stream().map(InspectionCheck::toCheck).toList(),
                decided, standing, overrideReason, overriddenBy, wallMm);
    }

    long id() { return Objects.requireNonNull(id); }
}
