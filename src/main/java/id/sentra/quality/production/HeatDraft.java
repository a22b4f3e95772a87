package id.sentra.quality.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.ChargeLine;
import id.sentra.quality.Element;
import id.sentra.quality.SpecimenKind;

/** What a member reports for a new heat, from the phone form, the API or a test. */
public record HeatDraft(
        @Nullable String furnace,
        @Nullable LocalDate meltedOn,
        @Nullable String heatNumber,
        @Nullable String gradeCode,
        Map<Element, BigDecimal> readings,
        @Nullable Integer tensileMpa,
        @Nullable Integer hardnessHb,
        @Nullable SpecimenKind specimen,
        List<ChargeLine> charges) {
}
