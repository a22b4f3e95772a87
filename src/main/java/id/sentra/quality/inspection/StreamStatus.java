package id.sentra.quality.inspection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.sampling.Severity;
import id.sentra.quality.sampling.SwitchingState;

/**
 * Where a member's lots of one part stand in the ISO 2859-1 switching rules, as the inspection page explains it: the
 * severity, the counters, and who allowed reduced inspection (9.3.3) and when. {@code version} guards the approval.
 */
public record StreamStatus(Severity severity, boolean discontinued, int switchingScore, int consecutiveAccepted,
                           int notAcceptedOnTightened, boolean reducedApproved, @Nullable String reducedApprovedBy,
                           @Nullable Instant reducedApprovedAt, boolean waitsForReducedApproval,
                           @Nullable Resumption resumed, int version) {

    /** The last resumption after discontinued inspection (ISO 2859-1 9.4): the report with the corrective action, who and when. */
    public record Resumption(long ncrId, String by, Instant at) {
    }

    /** A part whose lots were never inspected: normal inspection, score zero, nothing approved (clause 9.1). */
    static final StreamStatus FRESH = of(SwitchingState.start(false), null, null, null, 0);

    static StreamStatus of(SamplingStream stream) {
        var ncr = stream.resumedNcrId();
        var resumed = ncr == null || stream.resumedBy() == null || stream.resumedAt() == null ? null
                : new Resumption(ncr, stream.resumedBy(), stream.resumedAt());
        return of(stream.state(), stream.reducedApprovedBy(), stream.reducedApprovedAt(), resumed, stream.version());
    }

    private static StreamStatus of(SwitchingState state, @Nullable String by, @Nullable Instant at, @Nullable Resumption resumed,
                                   int version) {
        return new StreamStatus(state.severity(), state.discontinued(), state.switchingScore(), state.consecutiveAccepted(),
                state.notAcceptedOnTightened(), state.reducedApproved(), by, at, state.waitsForReducedApproval(), resumed, version);
    }
}
