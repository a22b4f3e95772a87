package id.sentra.quality.inspection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.LotInspection;

/** A lot's standing inspection as the pages and API show it: the contract's record, its version for an override and when that was. */
public record InspectionView(LotInspection inspection, int version, @Nullable Instant overriddenAt) {
}
