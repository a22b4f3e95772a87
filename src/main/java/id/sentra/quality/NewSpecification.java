package id.sentra.quality;

import org.jspecify.annotations.Nullable;

/**
 * A product specification as first entered: the cooperative that makes the part, the buyer whose part it is
 * (none for the cooperative's own products), the buyer's part number and name, and its first revision.
 */
public record NewSpecification(@Nullable Long cooperativeId, @Nullable Long buyerId, String partNumber, String partName,
                               RevisionRequest first) {
}
