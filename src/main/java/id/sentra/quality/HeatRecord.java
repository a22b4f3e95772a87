package id.sentra.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One heat (melt) as disposition, certificates, traceability and TKDN read it: who melted what,
 * the charge, the spectrometer readings in mass % (in {@link Element} order), the carbon equivalent
 * and the mechanical results with the specimen they were measured on.
 */
public record HeatRecord(
        long id,
        long cooperativeId,
        long memberId,
        String heatNumber,
        LocalDate meltedOn,
        String furnace,
        String gradeCode,
        @Nullable LocalDate analysedOn,
        Map<Element, BigDecimal> readings,
        @Nullable BigDecimal carbonEquivalent,
        @Nullable Integer tensileMpa,
        @Nullable Integer hardnessHb,
        @Nullable SpecimenKind specimen,
        List<ChargeLine> charges,
        int version) {

    public BigDecimal chargeKg() {
        return charges.stream().map(ChargeLine::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
