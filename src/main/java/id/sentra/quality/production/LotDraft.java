package id.sentra.quality.production;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.DefectCode;

/** What a member reports for a lot: the day, good pieces made, the heats poured, pieces scrapped by defect. */
public record LotDraft(@Nullable LocalDate madeOn, @Nullable Integer quantityMade, List<Long> heatIds,
                       Map<DefectCode, Integer> scrapped) {
}
