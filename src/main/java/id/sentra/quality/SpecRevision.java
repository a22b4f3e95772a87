package id.sentra.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * One revision of a product specification: in force from {@code effectiveFrom} until the next revision's date.
 * It records the library version it was written against, so a lot judged years later meets the same figures.
 */
public record SpecRevision(int revisionNo, LocalDate effectiveFrom, String reason, RevisionContent content,
                           String libraryVersion, Made made) {

    /** Who saved the revision and when. */
    public record Made(String by, Instant at) {
    }

    /**
     * The revision in force on {@code date}: the latest effective on or before it; of two effective on the same
     * day, the later revision. Empty before the first revision takes effect.
     */
    public static Optional<SpecRevision> inForceOn(Collection<SpecRevision> revisions, LocalDate date) {
        return revisions.stream().filter(r -> !r.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(SpecRevision::effectiveFrom).thenComparingInt(SpecRevision::revisionNo));
    }
}
