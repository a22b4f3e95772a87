package id.sentra.quality.inspection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.Characteristic;
import id.sentra.quality.Element;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.Limits;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.TensileMinimum;
import id.sentra.quality.sampling.SamplingPlan;

/**
 * Everything a lot is judged by, gathered beforehand so the rules are a pure function: the heats, the limits
 * of the revision in force, the sampling plan and the measurements of the sampled parts.
 *
 * @param gradeCode the grade the revision asks for
 * @param tensileRequired the grade sets a tensile minimum, so every heat needs a tensile result
 * @param heatHardness Brinell limits a heat's hardness result is judged by (empty: none)
 * @param hardnessRequired the hardness is judged on the heat only (no hardness measured on the parts)
 * @param measurements characteristic name to the value on each sampled part, in sample order
 */
public record LotFacts(List<HeatRecord> heats, String gradeCode, Map<Element, Limits> chemistry,
                       boolean tensileRequired, TensileLookup tensile, @Nullable BigDecimal wallMm,
                       Optional<Limits> heatHardness, boolean hardnessRequired, List<Characteristic> characteristics,
                       Map<String, List<BigDecimal>> measurements, SamplingPlan plan, boolean discontinued) {

    public LotFacts {
        heats = List.copyOf(heats);
        chemistry = Map.copyOf(chemistry);
        characteristics = List.copyOf(characteristics);
        measurements = Map.copyOf(measurements);
    }

    /** The tensile minimum of the revision's grade for a specimen and wall; empty where none is set or the wall is needed but not given. */
    @FunctionalInterface
    public interface TensileLookup {
        Optional<TensileMinimum> minimum(SpecimenKind specimen, @Nullable BigDecimal wallMm);
    }
}
