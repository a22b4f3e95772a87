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

    /** The drawing and the material it calls for. */
    record Head(String drawingReference, String drawingRevision, String gradeCode, @Nullable String loadClass) {
    }

    /** Who saved the revision and when. */
    record Stamp(String by, Instant at) {
    }
}
