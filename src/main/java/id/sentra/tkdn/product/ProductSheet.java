package id.sentra.tkdn.product;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.tkdn.AssessedLine;
import id.sentra.tkdn.Origin;
import id.sentra.tkdn.TkdnAssessment;

/**
 * A product's whole cost structure as its member and cooperative see it: the stored lines, the assessment they give
 * (every line credited, with its rule), the figures and verdict, and the heats behind each line that follows them.
 */
public record ProductSheet(ProductFigures figures, int version, CostDraft draft, TkdnAssessment assessment,
                           List<HeatEvidence> evidence, boolean editable, @Nullable Instant modifiedAt, @Nullable String modifiedBy) {

    public ProductSheet {
        evidence = List.copyOf(evidence);
    }

    public long id() {
        return figures.id();
    }

    /** The message key naming a worksheet line's origin (domestic, imported, certified). */
    public String originKey(AssessedLine line) {
        return switch (line.line().origin()) {
            case Origin.Domestic d -> "tkdn.origin.Domestic";
            case Origin.Imported i -> "tkdn.origin.Imported";
            case Origin.Certified c -> "tkdn.origin.Certified";
        };
    }

    /** The evidence of one stored line (1-based), or null when the line does not follow the heats. */
    public @Nullable HeatEvidence evidenceOf(int lineNo) {
        return evidence.stream().filter(e -> e.lineNo() == lineNo).findFirst().orElse(null);
    }
}
