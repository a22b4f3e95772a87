package id.sentra.quality.trace;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A lot traced back: its heats with their charge, and the order, member, contract and buyer it was made for. */
public record LotTrace(long lotId, LocalDate madeOn, int quantityMade, Origin origin, List<TracedHeat> heats,
                       @Nullable String certificateNumber) {

    public LotTrace {
        heats = List.copyOf(heats);
    }
}
