package id.sentra.quality.spec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

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
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;
import id.sentra.quality.SamplingTerms;
import id.sentra.quality.SpecRevision;

/**
 * A part's specification with every revision it ever had. Revisions are only added, never changed: a lot made
 * last year is still judged against the revision in force when it was made.
 */
@Table("product_spec")
class ProductSpec implements Audited {

    private @Id @Nullable Long id;
    private final long cooperativeId;
    private final @Nullable Long buyerId;
    private final String partNumber;
    private final String partName;
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;

    @MappedCollection(idColumn = "product_spec_id", keyColumn = "product_spec_key")
    private List<RevisionRow> revisions = new ArrayList<>();
    @MappedCollection(idColumn = "product_spec_id", keyColumn = "product_spec_key")
    private List<CharacteristicRow> characteristics = new ArrayList<>();
    @MappedCollection(idColumn = "product_spec_id", keyColumn = "product_spec_key")
    private List<ChemistryRow> chemistry = new ArrayList<>();

    ProductSpec(long cooperativeId, @Nullable Long buyerId, String partNumber, String partName) {
        this.cooperativeId = cooperativeId;
        this.buyerId = buyerId;
        this.partNumber = partNumber;
        this.partName = partName;
    }

    /** A new specification with its first revision. */
    static ProductSpec create(long cooperativeId, @Nullable Long buyerId, String partNumber, String partName,
                              Revising first) {
        var spec = new ProductSpec(cooperativeId, buyerId, partNumber, partName);
        spec.add(first);
        return spec;
    }

    /**
     * Adds a revision. It may not take effect before the latest one (the history of what was in force would be
     * rewritten) and must change something.
     */
    int revise(int expectedVersion, Revising next) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), id == null ? 0 : id);
        }
        var latest = latest();
        var problems = new ArrayList<FieldProblem>();
        if (next.request().effectiveFrom() != null && next.request().effectiveFrom().isBefore(latest.effectiveFrom())) {
            problems.add(FieldProblem.of("effectiveFrom", "pspec.effectiveFrom.beforeLatest", latest.effectiveFrom(),
                    latest.revisionNo()));
        }
        if (latest.content().equals(next.request().content())) {
            problems.add(FieldProblem.of("gradeCode", "pspec.unchanged"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return add(next);
    }

    private int add(Revising next) {
        int revisionNo = revisions.size() + 1;
        var request = next.request();
        var content = request.content();
        revisions.add(new RevisionRow(revisionNo, Objects.requireNonNull(request.effectiveFrom()), request.reason(),
                new RevisionRow.Head(content.drawingReference(), content.drawingRevision(), content.gradeCode(), content.loadClass(),
                        content.sampling().inspectionLevel(), content.sampling().aqlPercent()),
                next.libraryVersion(), new RevisionRow.Stamp(next.by(), next.at())));
        content.characteristics().forEach(c -> characteristics.add(CharacteristicRow.of(revisionNo, c)));
        content.chemistry().forEach(c -> chemistry.add(ChemistryRow.of(revisionNo, c)));
        return revisionNo;
    }

    /** A revision about to be added: what was entered, the library version in force, who and when. */
    record Revising(RevisionRequest request, String libraryVersion, String by, Instant at) {
    }

    List<SpecRevision> revisions() {
        return revisions.stream().sorted(Comparator.comparingInt(RevisionRow::revisionNo)).map(this::revision).toList();
    }

    SpecRevision latest() {
        return revisions().getLast();
    }

    private SpecRevision revision(RevisionRow row) {
        int no = row.revisionNo();
        var content = new RevisionContent(row.head().drawingReference(), row.head().drawingRevision(), row.head().gradeCode(),
                row.head().loadClass(),
                characteristics.stream().filter(c -> c.revisionNo() == no).map(CharacteristicRow::characteristic).toList(),
                chemistry.stream().filter(c -> c.revisionNo() == no).map(ChemistryRow::limit).toList(),
                new SamplingTerms(row.head().inspectionLevel(), row.head().aql()));
        return new SpecRevision(no, row.effectiveFrom(), row.reason(), content, row.libraryVersion(),
                new SpecRevision.Made(row.made().by(), row.made().at()));
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String auditType() {
        return "product-spec";
    }

    long cooperativeId() { return cooperativeId; }
    @Nullable Long buyerId() { return buyerId; }
    String partNumber() { return partNumber; }
    String partName() { return partName; }
    int version() { return version; }
}
