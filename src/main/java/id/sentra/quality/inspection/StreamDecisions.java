package id.sentra.quality.inspection;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.SentraUser;

/**
 * What the responsible authority of ISO 2859-1 decides about a member's lots of one part, here the cooperative's
 * operator: allowing reduced inspection (9.3.3) and resuming discontinued inspection after corrective action (9.4).
 */
@Service
public class StreamDecisions {

    private final SamplingStreams streams;
    private final LotSubjects subjects;
    private final NonConformances reports;
    private final Clock clock;

    StreamDecisions(SamplingStreams streams, LotSubjects subjects, NonConformances reports, Clock clock) {
        this.streams = streams;
        this.subjects = subjects;
        this.reports = reports;
        this.clock = clock;
    }

    /** Reduced inspection allowed for the lot's member and part; with the switching score already at 30 it starts at once. */
    @Transactional
    public StreamStatus approveReduced(SentraUser user, long lotId, int expectedVersion) {
        var subject = subjects.load(lotId);
        InspectionAccess.requireOverrider(user, subject);
        var stream = lockedStream(subject);
        stream.approveReduced(expectedVersion, user.displayName(), clock.instant());
        return save(stream, lotId);
    }

    /**
     * Discontinued inspection resumes on tightened once the supplier's corrective action is on record: an NCR of the
     * same member whose corrective action is written (ISO 2859-1 9.4).
     */
    @Transactional
    public StreamStatus resume(SentraUser user, long lotId, int expectedVersion, long ncrId) {
        var subject = subjects.load(lotId);
        InspectionAccess.requireOverrider(user, subject);
        var report = reports.findById(ncrId).filter(r -> r.memberId() == subject.lot().memberId())
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of("ncrId", "inspection.resume.ncrUnknown", ncrId))));
        if (report.toView().texts().correctiveAction() == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("ncrId", "inspection.resume.noCorrectiveAction", ncrId)));
        }
        var stream = lockedStream(subject);
        stream.resume(expectedVersion, ncrId, user.displayName(), clock.instant());
        return save(stream, lotId);
    }

    /** The member's reports with a corrective action written, newest first: the ones a resumption may rest on. */
    @Transactional(readOnly = true)
    public List<NcrView> correctiveActions(SentraUser user, long lotId) {
        var subject = subjects.load(lotId);
        InspectionAccess.requireOverrider(user, subject);
        return reports.findByMemberIdOrderByIdDesc(subject.lot().memberId()).stream().map(NonConformance::toView)
                .filter(r -> r.texts().correctiveAction() != null).toList();
    }

    private StreamStatus save(SamplingStream stream, long lotId) {
        try {
            return StreamStatus.of(streams.save(stream));
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException("inspectionStream", lotId);
        }
    }

    private SamplingStream lockedStream(LotSubject subject) {
        Long specId = subject.specId();
        if (specId == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("lot", "inspection.stream.noSpecification")));
        }
        return streams.findLockedByMemberIdAndSpecId(subject.lot().memberId(), specId)
                .orElseGet(() -> new SamplingStream(subject.lot().memberId(), specId));
    }
}
