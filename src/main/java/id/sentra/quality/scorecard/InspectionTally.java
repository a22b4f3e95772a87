package id.sentra.quality.scorecard;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import id.sentra.quality.Disposition;
import id.sentra.quality.LotInspection;
import id.sentra.quality.spc.FirstTimeAcceptance;

/**
 * What a member's inspections say, one entry per lot: the first inspection of each lot counts (a re-inspection
 * after sorting would flatter the figures). Defective PPM is the sample estimate, defectives over sampled
 * pieces; a lot is accepted first time when that first inspection decided ACCEPT and nobody overrode it.
 */
public record InspectionTally(int lots, long sampled, long defectives, FirstTimeAcceptance firstTime) {

    public static final InspectionTally NONE = new InspectionTally(0, 0, 0, new FirstTimeAcceptance(0, 0));

    public static InspectionTally of(Collection<LotInspection> inspections) {
        var tally = NONE;
        for (var first : firstPerLot(inspections).values()) {
            tally = tally.plus(first);
        }
        return tally;
    }

    /** Each lot's first inspection, in the order of the lots' first inspections. */
    public static Map<Long, LotInspection> firstPerLot(Collection<LotInspection> inspections) {
        return inspections.stream().sorted(Comparator.comparing(LotInspection::inspectedOn))
                .collect(Collectors.toMap(LotInspection::lotId, i -> i, (a, b) -> a, LinkedHashMap::new));
    }

    /** Each lot's latest inspection: the disposition that stands. */
    public static Map<Long, LotInspection> latestPerLot(List<LotInspection> inspections) {
        return inspections.stream().sorted(Comparator.comparing(LotInspection::inspectedOn))
                .collect(Collectors.toMap(LotInspection::lotId, i -> i, (a, b) -> b, LinkedHashMap::new));
    }

    InspectionTally plus(LotInspection first) {
        boolean accepted = first.decided() == Disposition.ACCEPT && !first.overridden();
        return new InspectionTally(lots + 1, sampled + first.sampleSize(), defectives + first.defectives(),
                firstTime.plus(accepted));
    }

    /** Defectives per million sampled pieces; empty without a sampled piece. */
    public OptionalLong defectivePpm() {
        return sampled == 0 ? OptionalLong.empty() : OptionalLong.of(Math.round(defectives * 1_000_000.0 / sampled));
    }
}
