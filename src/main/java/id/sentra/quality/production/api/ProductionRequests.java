package id.sentra.quality.production.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.ChargeLine;
import id.sentra.quality.DefectCode;
import id.sentra.quality.Element;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.production.HeatDraft;
import id.sentra.quality.production.LotDraft;

/** Request bodies of the heat and lot API. */
final class ProductionRequests {

    private ProductionRequests() {
    }

    /** A new heat; {@code memberId} only when the platform records for a member (a member records its own). */
    record NewHeat(@Nullable Long memberId, @Nullable String furnace, @Nullable LocalDate meltedOn, @Nullable String heatNumber,
                   @Nullable String gradeCode, @Nullable Map<Element, BigDecimal> readings, @Nullable Integer tensileMpa,
                   @Nullable Integer hardnessHb, @Nullable SpecimenKind specimen, @Nullable List<ChargeLine> charges) {

        HeatDraft toDraft() {
            return new HeatDraft(furnace, meltedOn, heatNumber, gradeCode, readings == null ? Map.of() : readings,
                    tensileMpa, hardnessHb, specimen, charges == null ? List.of() : charges);
        }
    }

    /** A heat kept by a batch request: its key, its number as sent, and where to read it. */
    record RecordedHeat(long id, String heatNumber, String location) {
    }

    /** A new lot of a work order. */
    record NewLot(@Nullable Long workOrderId, @Nullable LocalDate madeOn, @Nullable Integer quantityMade,
                  @Nullable List<Long> heatIds, @Nullable Map<DefectCode, Integer> scrapped) {

        LotDraft toDraft() {
            return new LotDraft(madeOn, quantityMade, heatIds == null ? List.of() : heatIds, scrapped == null ? Map.of() : scrapped);
        }
    }
}
