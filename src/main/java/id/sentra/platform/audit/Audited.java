package id.sentra.platform.audit;

import org.jspecify.annotations.Nullable;

/** A business record whose every save is written to the audit trail. */
public interface Audited {

    @Nullable Long getId();

    /** The record's kind as shown in the trail, e.g. {@code member}. */
    String auditType();
}
