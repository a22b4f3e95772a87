package id.sentra.quality.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import id.sentra.quality.Disposition;
import id.sentra.quality.LotInspection;

/** Defective PPM, rejected-lot PPM and first-time acceptance from inspections, counted by hand. */
class InspectionTallyTests {

    static LotInspection inspection(long lot, LocalDate on, int sample, int defectives, Disposition decided,
                                    Disposition standing, @Nullable String override, Map<String, List<BigDecimal>> measured) {
        return new LotInspection(lot, 100 + lot, 7, 1, on, "QC", "Rev 1", "ISO 2859-1 II", sample, defectives,
                measured, List.of(), decided, standing, override, override == null ? null : "operator");
    }

    static LotInspection inspection(long lot, LocalDate on, int sample, int defectives, Disposition decided) {
        return inspection(lot, on, sample, defectives, decided, decided, null, Map.of());
    }

    @Test
    void defectivePpmIsDefectivesOverSampledPiecesOfEachLotsFirstInspection() {
        // Lot 1: 2 of 80; lot 2: 0 of 50 first, then re-inspected (1 of 50) — only its first inspection counts.
        var tally = InspectionTally.of(List.of(
                inspection(1, LocalDate.of(2026, 10, 3), 80, 2, Disposition.ACCEPT),
                inspection(2, LocalDate.of(2026, 10, 5), 50, 0, Disposition.ACCEPT),
                inspection(2, LocalDate.of(2026, 10, 9), 50, 1, Disposition.ACCEPT)));
        assertThat(tally.lots()).isEqualTo(2);
        assertThat(tally.sampled()).isEqualTo(130);
        // 2 / 130 × 1,000,000 = 15,384.6
        assertThat(tally.defectivePpm()).hasValue(15_385);
    }

    @Test
    void anOverriddenAcceptanceIsNotAFirstTimeAcceptance() {
        var tally = InspectionTally.of(List.of(
                inspection(1, LocalDate.of(2026, 10, 3), 80, 0, Disposition.ACCEPT),
                inspection(2, LocalDate.of(2026, 10, 4), 80, 3, Disposition.HOLD, Disposition.ACCEPT, "sorted 100 %", Map.of()),
                inspection(3, LocalDate.of(2026, 10, 5), 80, 5, Disposition.REJECT)));
        assertThat(tally.firstTime().acceptedFirstTime()).isEqualTo(1);
        assertThat(tally.firstTime().share()).hasValueCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void rejectedLotPpmCountsThePiecesOfLotsWhoseStandingDispositionIsReject() {
        // Lots of 1,000, 3,000 and 4,000 pieces; the 1,000 is rejected: 1,000 / 8,000 = 125,000 ppm.
        var inspections = List.of(
                inspection(1, LocalDate.of(2026, 10, 3), 80, 6, Disposition.REJECT),
                inspection(2, LocalDate.of(2026, 10, 4), 125, 0, Disposition.ACCEPT),
                inspection(3, LocalDate.of(2026, 10, 5), 125, 1, Disposition.ACCEPT));
        assertThat(Scorecards.rejectedLotPpm(inspections, Map.of(1L, 1_000, 2L, 3_000, 3L, 4_000))).isEqualTo(125_000L);
    }

    @Test
    void noInspectionMeansNoPpmRatherThanZero() {
        assertThat(InspectionTally.of(List.of()).defectivePpm()).isEmpty();
        assertThat(Scorecards.rejectedLotPpm(List.of(), Map.of())).isNull();
    }
}
