package id.sentra.demand;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A change to a line's specification, what changed in it, and whether the cooperative has acknowledged it. */
public record SpecChangeView(int changeNo, int lineNo, LineSpecification before, LineSpecification after,
                             List<String> changedFields, String reason, String changedBy, Instant changedAt,
                             @Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    static SpecChangeView of(SpecChange change) {
        var before = change.before().specification();
        var after = change.after().specification();
        return new SpecChangeView(change.changeNo(), change.lineNo(), before, after, changedFields(before, after),
                change.reason(), change.changedBy(), change.changedAt(), change.acknowledgedBy(), change.acknowledgedAt());
    }

    /** Names of the fields that differ, as in {@link LineSpecification}, for the page to show "before → after". */
    static List<String> changedFields(LineSpecification before, LineSpecification after) {
        var fields = new java.util.ArrayList<String>();
        if (!before.partName().equals(after.partName())) fields.add("partName");
        if (!before.buyerPartNumber().equals(after.buyerPartNumber())) fields.add("buyerPartNumber");
        if (!before.drawingReference().equals(after.drawingReference())) fields.add("drawingReference");
        if (!before.drawingRevision().equals(after.drawingRevision())) fields.add("drawingRevision");
        if (!before.materialGrade().equals(after.materialGrade())) fields.add("materialGrade");
        if (before.materialFamily() != after.materialFamily()) fields.add("materialFamily");
        if (!before.processes().equals(after.processes())) fields.add("processes");
        if (before.unitWeightKg().compareTo(after.unitWeightKg()) != 0) fields.add("unitWeightKg");
        return List.copyOf(fields);
    }
}
