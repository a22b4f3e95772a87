package id.sentra.quality.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.Audited;

/**
 * A non-conformance report (a light 8D) on one member's lots and heats. It moves open → contained → closed, each
 * step with who and when, and refuses a step whose part of the report is still empty.
 */
@Table("ncr")
class NonConformance implements Audited {

    static final int TEXT_MAX = 2000;

    private @Id @Nullable Long id;
    private long cooperativeId;
    private long memberId;
    private String description;
    private @Nullable String containment;
    private @Nullable String rootCause;
    private @Nullable String correctiveAction;
    private NcrStatus status = NcrStatus.OPEN;
    private String openedBy;
    private Instant openedAt;
    private @Nullable String containedBy;
    private @Nullable Instant containedAt;
    private @Nullable String closedBy;
    private @Nullable Instant closedAt;
    @MappedCollection(idColumn = "ncr_id")
    private Set<NcrLot> lots = new HashSet<>();
    @MappedCollection(idColumn = "ncr_id")
    private Set<NcrHeat> heats = new HashSet<>();
    private @Version int version;

    NonConformance(long cooperativeId, long memberId, String description, String openedBy, Instant openedAt) {
        this.cooperativeId = cooperativeId;
        this.memberId = memberId;
        this.description = description;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void concern(List<Long> lotIds, List<Long> heatIds) {
        lotIds.forEach(l -> lots.add(new NcrLot(l)));
        heatIds.forEach(h -> heats.add(new NcrHeat(h)));
    }

    /** Saves the texts; a closed report is no longer written in. */
    void write(int expectedVersion, NcrTexts texts) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), id == null ? 0 : id);
        }
        if (status == NcrStatus.CLOSED) {
            throw new InvalidInputException(List.of(FieldProblem.of("status", "ncr.isClosed")));
        }
        var problems = check(texts);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        description = texts.description().trim();
        containment = blankToNull(texts.containment());
        rootCause = blankToNull(texts.rootCause());
        correctiveAction = blankToNull(texts.correctiveAction());
    }

    static List<FieldProblem> check(NcrTexts texts) {
        var problems = new ArrayList<FieldProblem>();
        if (texts.description() == null || texts.description().isBlank()) {
            problems.add(FieldProblem.of("description", "field.required"));
        }
        long tooLong = java.util.stream.Stream.of(texts.description(), texts.containment(), texts.rootCause(), texts.correctiveAction())
                .filter(t -> t != null && t.trim().length() > TEXT_MAX).count();
        if (tooLong > 0) {
            problems.add(FieldProblem.of("description", "field.tooLong", TEXT_MAX));
        }
        return problems;
    }

    /** D3 done: the suspect parts are held or sorted. */
    void contain(String by, Instant at) {
        if (status != NcrStatus.OPEN) {
            throw new InvalidInputException(List.of(FieldProblem.of("status", "ncr.notOpen")));
        }
        if (containment == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("containment", "ncr.containment.required")));
        }
        status = NcrStatus.CONTAINED;
        containedBy = by;
        containedAt = at;
    }

    /** D4–D7 done: the cause is known and the correction in place. */
    void close(String by, Instant at) {
        if (status != NcrStatus.CONTAINED) {
            throw new InvalidInputException(List.of(FieldProblem.of("status", "ncr.notContained")));
        }
        var problems = new ArrayList<FieldProblem>();
        if (rootCause == null) {
            problems.add(FieldProblem.of("rootCause", "ncr.rootCause.required"));
        }
        if (correctiveAction == null) {
            problems.add(FieldProblem.of("correctiveAction", "ncr.correctiveAction.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        status = NcrStatus.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public @Nullable Long getId() { return id; }

    @Override
    public String auditType() { return "ncr"; }

    long cooperativeId() { return cooperativeId; }
    long memberId() { return memberId; }

    NcrView toView() {
        return new NcrView(java.util.Objects.requireNonNull(id), cooperativeId, memberId, status,
                new NcrTexts(description, containment, rootCause, correctiveAction),
                lots.stream().map(NcrLot::lotId).sorted(Comparator.naturalOrder()).toList(),
                heats.stream().map(NcrHeat::heatId).sorted(Comparator.naturalOrder()).toList(),
                new NcrView.Step(openedBy, openedAt), containedBy == null ? null : new NcrView.Step(containedBy, containedAt),
                closedBy == null ? null : new NcrView.Step(closedBy, closedAt), version);
    }
}
