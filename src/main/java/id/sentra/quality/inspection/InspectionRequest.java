package id.sentra.quality.inspection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The measurements of a lot's sampled parts (characteristic name to one value per part, in sample order) and the
 * casting's governing wall thickness, which a grey-iron cast-on or cut-out test bar is judged by.
 */
public record InspectionRequest(@Nullable BigDecimal wallMm, Map<String, List<BigDecimal>> measurements) {

    public InspectionRequest {
        measurements = measurements == null ? Map.of() : Map.copyOf(measurements);
    }
}
