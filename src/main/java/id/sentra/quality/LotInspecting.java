package id.sentra.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.sentra.platform.security.SentraUser;

/**
 * Recording a lot's inspection from outside the quality module (a bulk loader, the demo): what to
 * measure, then the measurements, judged by the same rules as the inspection page.
 */
public interface LotInspecting {

    /** The characteristics to measure on each sampled part, and how many parts the plan samples. */
    Task task(SentraUser user, long lotId);

    /** Judges the lot on these measurements (characteristic name to one value per sampled part). */
    LotInspection inspect(SentraUser user, long lotId, Map<String, List<BigDecimal>> measurements);

    record Task(List<Characteristic> characteristics, int sampleSize) {

        public Task {
            characteristics = List.copyOf(characteristics);
        }
    }
}
