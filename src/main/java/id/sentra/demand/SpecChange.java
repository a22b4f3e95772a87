package id.sentra.demand;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A change the buyer made to a line's specification, kept until the cooperative's operator has acknowledged it. */
@Table("contract_spec_change")
record SpecChange(int changeNo, int lineNo,
                  @Embedded.Empty(prefix = "before_") SpecSnapshot before,
                  @Embedded.Empty(prefix = "after_") SpecSnapshot after,
                  String reason, String changedBy, Instant changedAt,
                  @Nullable String acknowledgedBy, @Nullable Instant acknowledgedAt) {

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    SpecChange acknowledge(Stamp stamp) {
        return new SpecChange(changeNo, lineNo, before, after, reason, changedBy, changedAt, stamp.by(), stamp.at());
    }
}
