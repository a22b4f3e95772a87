package id.sentra.quality.scorecard;

import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.spc.Capability;

/**
 * A member's quality and delivery over the last twelve months. {@code full} is false for a buyer's summary:
 * then scrap (the member's own losses) is left out. Defective PPM comes two ways: the sample estimate
 * (defectives over sampled pieces, what matchmaking ranks on) and the pieces of rejected lots over the pieces
 * of inspected lots.
 */
public record Scorecard(long memberId, String memberName, long cooperativeId, boolean full, YearMonth current,
                        InspectionTally inspections, @Nullable Long rejectedLotPpm, DeliveryTally delivery,
                        List<KeyCapability> keyCapabilities, @Nullable ScrapTally scrap, List<Month> trend) {

    public Scorecard {
        keyCapabilities = List.copyOf(keyCapabilities);
        trend = List.copyOf(trend);
    }

    /** Cpk of one key characteristic of the drawing over the member's lots; null capability without enough data. */
    public record KeyCapability(String characteristic, int lots, @Nullable Capability capability) {
    }

    /** One month of the trend; a figure is null when the month has nothing to count. */
    public record Month(YearMonth month, @Nullable Long defectivePpm, @Nullable Double onTimeShare,
                        @Nullable Double firstTimeShare) {
    }
}
