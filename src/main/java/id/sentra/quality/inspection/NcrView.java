package id.sentra.quality.inspection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A non-conformance report as pages and the API show it, with who took each step and when. */
public record NcrView(long id, long cooperativeId, long memberId, NcrStatus status, NcrTexts texts, List<Long> lotIds,
                      List<Long> heatIds, Step opened, @Nullable Step contained, @Nullable Step closed, int version) {

    public record Step(String by, @Nullable Instant at) {
    }
}
