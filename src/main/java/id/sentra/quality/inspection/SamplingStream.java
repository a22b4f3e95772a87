package id.sentra.quality.inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.quality.sampling.LotOutcome;
import id.sentra.quality.sampling.Severity;
import id.sentra.quality.sampling.SwitchingState;

/**
 * The lots one member makes of one part, as one stream for the ISO 2859-1 switching rules (clause 9): the
 * severity and counters carried from lot to lot, so a member whose lots fail moves to tightened inspection.
 */
@Table("inspection_stream")
class SamplingStream {

    private @Id @Nullable Long id;
    private long memberId;
    private long specId;
    private Severity severity;
    private boolean discontinued;
    private String recentNormal;
    private int consecutiveAccepted;
    private int notAcceptedOnTightened;
    private int switchingScore;
    private boolean reducedApproved;
    private @Nullable String reducedApprovedBy;
    private @Nullable Instant reducedApprovedAt;
    private @Nullable Long resumedNcrId;
    private @Nullable String resumedBy;
    private @Nullable Instant resumedAt;
    private @Version int version;

    SamplingStream(long memberId, long specId) {
        this.memberId = memberId;
        this.specId = specId;
        this.recentNormal = "";
        store(SwitchingState.start(false));
    }

    SwitchingState state() {
        var recent = new ArrayList<Boolean>();
        recentNormal.chars().forEach(c -> recent.add(c == '1'));
        return new SwitchingState(severity, discontinued, recent, consecutiveAccepted, notAcceptedOnTightened,
                switchingScore, reducedApproved);
    }

    /** Moves the stream on by one lot's outcome; answers the rule that moved it. */
    SwitchingState.Transition record(LotOutcome outcome) {
        var transition = state().next(outcome);
        store(transition.state());
        return transition;
    }

    /**
     * The cooperative's operator, as the responsible authority of ISO 2859-1 9.3.3, allows reduced inspection for this
     * member and part; who and when are kept and shown. Refused when already allowed or read from an older version.
     */
    SwitchingState.Transition approveReduced(int expectedVersion, String by, Instant at) {
        if (expectedVersion != version) {
            throw new StaleRecordException("inspectionStream", id == null ? 0 : id);
        }
        if (reducedApproved) {
            throw new InvalidInputException(List.of(FieldProblem.of("reducedApproval", "inspection.reduced.alreadyApproved")));
        }
        var transition = state().approveReduced();
        store(transition.state());
        reducedApprovedBy = by;
        reducedApprovedAt = at;
        return transition;
    }

    /** ISO 2859-1 9.4: discontinued inspection resumes on tightened after the corrective action of report {@code ncrId}. */
    SwitchingState.Transition resume(int expectedVersion, long ncrId, String by, Instant at) {
        if (expectedVersion != version) {
            throw new StaleRecordException("inspectionStream", id == null ? 0 : id);
        }
        if (!discontinued) {
            throw new InvalidInputException(List.of(FieldProblem.of("ncrId", "inspection.resume.notDiscontinued")));
        }
        var transition = state().resume();
        store(transition.state());
        resumedNcrId = ncrId;
        resumedBy = by;
        resumedAt = at;
        return transition;
    }

    @Nullable Long resumedNcrId() { return resumedNcrId; }
    @Nullable String resumedBy() { return resumedBy; }
    @Nullable Instant resumedAt() { return resumedAt; }
    @Nullable String reducedApprovedBy() { return reducedApprovedBy; }
    @Nullable Instant reducedApprovedAt() { return reducedApprovedAt; }
    int version() { return version; }

    private void store(SwitchingState state) {
        severity = state.severity();
        discontinued = state.discontinued();
        var recent = new StringBuilder();
        List<Boolean> list = state.recentNormal();
        list.forEach(notAccepted -> recent.append(notAccepted ? '1' : '0'));
        recentNormal = recent.toString();
        consecutiveAccepted = state.consecutiveAccepted();
        notAcceptedOnTightened = state.notAcceptedOnTightened();
        switchingScore = state.switchingScore();
        reducedApproved = state.reducedApproved();
    }
}
