package id.sentra.quality;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A product specification with its whole revision history, newest revision first, as a person in scope sees it. */
public record ProductSpecification(long id, Parties parties, String partNumber, String partName, int version,
                                   List<SpecRevision> revisions) {

    public ProductSpecification {
        revisions = revisions.stream().sorted(Comparator.comparingInt(SpecRevision::revisionNo).reversed()).toList();
    }

    /** The cooperative that makes the part and the buyer that specifies it (none for the cooperative's own product). */
    public record Parties(long cooperativeId, String cooperativeName, @Nullable Long buyerId, @Nullable String buyerName) {
    }

    /** The latest revision, in force now or from a later date. */
    public SpecRevision latest() {
        return revisions.getFirst();
    }

    public Optional<SpecRevision> inForceOn(LocalDate date) {
        return SpecRevision.inForceOn(revisions, date);
    }
}
