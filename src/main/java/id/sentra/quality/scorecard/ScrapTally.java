package id.sentra.quality.scorecard;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

import id.sentra.quality.DefectCode;

/** Pieces poured (good plus scrapped) and scrapped by defect code: the member's own losses before inspection. */
public record ScrapTally(long good, Map<DefectCode, Long> scrapped) {

    public ScrapTally {
        scrapped = scrapped.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scrapped));
    }

    public long scrappedTotal() {
        return scrapped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long poured() {
        return good + scrappedTotal();
    }

    /** Scrapped over poured for one defect code; empty when nothing was poured. */
    public OptionalDouble rate(DefectCode code) {
        return poured() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) scrapped.getOrDefault(code, 0L) / poured());
    }

    public OptionalDouble rate() {
        return poured() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) scrappedTotal() / poured());
    }
}
