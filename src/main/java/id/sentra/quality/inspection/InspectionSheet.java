package id.sentra.quality.inspection;

import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.demand.ContractPart;
import id.sentra.quality.Characteristic;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.LotRecord;
import id.sentra.quality.SamplingTerms;
import id.sentra.quality.sampling.SamplingPlan;

/**
 * What the inspection page shows for a lot: the part and revision it is judged against, the sampling plan with the
 * characteristics to measure on each sampled part, its heats, the standing inspection, where the member's lots of the part
 * stand in the switching rules and what the reader may do.
 */
public record InspectionSheet(LotRecord lot, @Nullable ContractPart part, String revision, List<Characteristic> characteristics,
                              SamplingTerms sampling, SamplingPlan plan, String planText, List<HeatRecord> heats, @Nullable InspectionView current,
                              StreamStatus stream, boolean canRecord, boolean canOverride,
                              boolean canManageStream) {
}
