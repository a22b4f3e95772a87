package id.sentra.quality.spec;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** One revision's head as stored: when it holds, why, the drawing and grade, the library version, who saved it. */
@Table("product_spec_revision")
record RevisionRow(int revisionNo, LocalDate effectiveFrom, String reason, @Embedded.Empty Head head,
                   String libraryVersion, @Embedded.Empty(prefix = "made_") Stamp made) {

    /** The drawing, the material it calls for and the ISO 2859-1 inspection level and AQL its lots are sampled by. */
    record Head(String drawingReference, String drawingRevision, String gradeCode, @Nullable String loadClass,
                String inspectionLevel, java.math.BigDecimal aql) {
    }

    /** Who saved the revision and when. */
    record Stamp(String by, Instant at) {
    }
}
