package id.sentra.quality.trace;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One lot a heat went into: what to call back, from which buyer, under which contract and certificate. */
public record RecallLine(long lotId, LocalDate madeOn, int quantityMade, Origin origin, @Nullable String certificateNumber) {
}
