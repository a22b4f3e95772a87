package id.sentra.quality.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Disposition;
import id.sentra.quality.LotInspection;
import id.sentra.quality.LotInspecting;
import id.sentra.quality.LotInspections;
import id.sentra.quality.sampling.SamplingPlan;
import id.sentra.quality.sampling.Severity;

/**
 * Inspects lots: the plan from the lot size and the member's switching state for the part, the rules of
 * {@link DispositionRules}, the decision stored with every check; operators override with a reason.
 */
@Service
public class LotInspectionService implements LotInspections, LotInspecting {

    private final Inspections inspections;
    private final SamplingStreams streams;
    private final LotSubjects subjects;
    private final LotFactsBuilder facts;
    private final WorkOrderCompletion completion;
    private final Clock clock;

    LotInspectionService(Inspections inspections, SamplingStreams streams, LotSubjects subjects, LotFactsBuilder facts,
                         WorkOrderCompletion completion, Clock clock) {
        this.inspections = inspections;
        this.streams = streams;
        this.subjects = subjects;
        this.facts = facts;
        this.completion = completion;
        this.clock = clock;
    }

    /** The inspection page of a lot for a person who may see it. */
    @Transactional(readOnly = true)
    public InspectionSheet sheet(SentraUser user, long lotId) {
        var subject = subjects.load(lotId);
        InspectionAccess.requireView(user, subject);
        var current = inspections.findByLotIdAndSupersededFalse(lotId);
        var plan = plan(subject, current);
        var characteristics = subject.revision().map(r -> r.content().characteristics()).orElse(List.of());
        return new InspectionSheet(subject.lot(), subject.part(), subject.revisionLabel(), characteristics, subject.sampling(), plan,
                SamplingPolicy.text(subject.sampling(), plan), subject.heats(), current.map(LotInspectionService::view).orElse(null),
                status(subject), InspectionAccess.records(user, subject) && current.map(i -> i.standing() == Disposition.HOLD).orElse(true),
                InspectionAccess.overrides(user, subject) && current.isPresent(),
                InspectionAccess.overrides(user, subject) && subject.specId() != null);
    }

    @Override
    @Transactional(readOnly = true)
    public LotInspecting.Task task(SentraUser user, long lotId) {
        var sheet = sheet(user, lotId);
        return new LotInspecting.Task(sheet.characteristics(), sheet.plan().sampleSize());
    }

    @Override
    @Transactional
    public LotInspection inspect(SentraUser user, long lotId, Map<String, List<BigDecimal>> measurements) {
        inspect(user, lotId, new InspectionRequest(null, measurements));
        return ofLot(lotId).orElseThrow();
    }

    /** The standing inspection of a lot, for a person who may see it. */
    @Transactional(readOnly = true)
    public Optional<InspectionView> inspection(SentraUser user, long lotId) {
        InspectionAccess.requireView(user, subjects.load(lotId));
        return inspections.findByLotIdAndSupersededFalse(lotId).map(LotInspectionService::view);
    }

    /**
     * Judges a lot and stores the result. A lot is inspected again only while it is held (data completed, a heat
     * re-analysed); the re-inspection uses the same plan and does not move the switching state a second time.
     */
    @Transactional
    public InspectionView inspect(SentraUser user, long lotId, InspectionRequest request) {
        var subject = subjects.load(lotId);
        InspectionAccess.requireRecorder(user, subject);
        var previous = inspections.findByLotIdAndSupersededFalse(lotId);
        if (previous.isPresent() && previous.get().standing() != Disposition.HOLD) {
            throw new InvalidInputException(List.of(FieldProblem.of("lot", "inspection.alreadyDecided")));
        }
        var inspection = subject.revision().isEmpty() ? withoutSpecification(user, subject)
                : judged(user, subject, previous, request);
        previous.ifPresent(p -> {
            p.supersede();
            inspections.save(p);
        });
        var saved = inspections.save(inspection);
        completion.markIfDecided(user, subject.lot().workOrderId());
        return view(saved);
    }

    private Inspection judged(SentraUser user, LotSubject subject, Optional<Inspection> previous, InspectionRequest request) {
        var revision = subject.revision().orElseThrow();
        long specId = java.util.Objects.requireNonNull(subject.specId());
        var stream = streams.findLockedByMemberIdAndSpecId(subject.lot().memberId(), specId)
                .orElseGet(() -> new SamplingStream(subject.lot().memberId(), specId));
        var severity = previous.map(Inspection::severity).orElse(stream.state().severity());
        var plan = SamplingPolicy.plan(subject.lot().quantityMade(), subject.sampling(), severity);
        var characteristics = revision.content().characteristics();
        var problems = DispositionRules.missingMeasurements(characteristics, plan.sampleSize(), request.measurements());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean discontinued = stream.state().discontinued();
        var judgement = DispositionRules.judge(facts.facts(subject, revision, plan, request.wallMm(), request.measurements(), discontinued));
        if (previous.isEmpty() && !discontinued) {
            stream.record(judgement.outcome());
            streams.save(stream);
        }
        var inspection = start(user, subject, plan, judgement.decided());
        inspection.judgedFor(buyer(subject), specId, request.wallMm());
        inspection.sampled(plan.sampleSize(), plan.acceptance(), plan.rejection(), judgement.defectives(),
                request.measurements(), judgement);
        return inspection;
    }

    /** No revision in force on the lot's day: nothing to judge against, so the lot is held and says why. */
    private Inspection withoutSpecification(SentraUser user, LotSubject subject) {
        var plan = SamplingPolicy.plan(subject.lot().quantityMade(), subject.sampling(), Severity.NORMAL);
        var check = DispositionRules.check("inspection.rule.noSpecification", Disposition.HOLD,
                subject.part() == null ? "–" : subject.part().buyerPartNumber(), subject.lot().madeOn());
        var inspection = start(user, subject, plan, Disposition.HOLD);
        inspection.judgedFor(buyer(subject), subject.specId(), null);
        inspection.sampled(plan.sampleSize(), plan.acceptance(), plan.rejection(), 0, Map.of(),
                new DispositionRules.Judgement(List.of(check), Disposition.HOLD, 0, plan.judge(0, true)));
        return inspection;
    }

    private Inspection start(SentraUser user, LotSubject subject, SamplingPlan plan, Disposition decided) {
        var lot = subject.lot();
        return new Inspection(lot.id(), lot.workOrderId(), lot.cooperativeId(), lot.memberId(), subject.revisionLabel(),
                LocalDate.now(clock), user.displayName(), plan.severity(), SamplingPolicy.text(subject.sampling(), plan), decided);
    }

    /** An operator sets the decision that stands, with a reason; Sentra's decision stays visible beside it. */
    @Transactional
    public InspectionView override(SentraUser user, long lotId, int expectedVersion, Disposition to, String reason) {
        var subject = subjects.load(lotId);
        InspectionAccess.requireOverrider(user, subject);
        var inspection = inspections.findByLotIdAndSupersededFalse(lotId)
                .orElseThrow(() -> new RecordNotFoundException("lotInspection", lotId));
        inspection.override(expectedVersion, to, reason, user.displayName(), clock.instant());
        try {
            inspection = inspections.save(inspection);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(inspection.auditType(), inspection.id());
        }
        completion.markIfDecided(user, subject.lot().workOrderId());
        return view(inspection);
    }

    private StreamStatus status(LotSubject subject) {
        return subject.specId() == null ? StreamStatus.FRESH
                : streams.findByMemberIdAndSpecId(subject.lot().memberId(), subject.specId()).map(StreamStatus::of)
                        .orElse(StreamStatus.FRESH);
    }

    private SamplingPlan plan(LotSubject subject, Optional<Inspection> current) {
        var severity = current.map(Inspection::severity).orElseGet(() -> subject.specId() == null ? Severity.NORMAL
                : streams.findByMemberIdAndSpecId(subject.lot().memberId(), subject.specId())
                        .map(s -> s.state().severity()).orElse(Severity.NORMAL));
        return SamplingPolicy.plan(subject.lot().quantityMade(), subject.sampling(), severity);
    }

    private static @org.jspecify.annotations.Nullable Long buyer(LotSubject subject) {
        return subject.part() == null ? null : subject.part().buyerId();
    }

    private static InspectionView view(Inspection inspection) {
        return new InspectionView(inspection.toRecord(), inspection.version(), inspection.overriddenAt());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LotInspection> ofLot(long lotId) {
        return inspections.findByLotIdAndSupersededFalse(lotId).map(Inspection::toRecord);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotInspection> ofMember(long memberId) {
        return inspections.findByMemberIdAndSupersededFalseOrderByInspectedOnAscIdAsc(memberId).stream().map(Inspection::toRecord).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotInspection> ofCooperative(long cooperativeId) {
        return inspections.findByCooperativeIdAndSupersededFalseOrderByInspectedOnAscIdAsc(cooperativeId).stream()
                .map(Inspection::toRecord).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotInspection> ofMember(long memberId, java.time.LocalDate from) {
        return inspections.findByMemberIdAndInspectedOnGreaterThanEqualAndSupersededFalseOrderByInspectedOnAscIdAsc(memberId, from).stream()
                .map(Inspection::toRecord).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotInspection> ofCooperative(long cooperativeId, java.time.LocalDate from) {
        return inspections.findByCooperativeIdAndInspectedOnGreaterThanEqualAndSupersededFalseOrderByInspectedOnAscIdAsc(cooperativeId, from)
                .stream().map(Inspection::toRecord).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LotInspection> latestOfCooperative(long cooperativeId, java.time.LocalDate from, int newest) {
        var latest = new java.util.ArrayList<>(inspections.findByCooperativeIdAndInspectedOnGreaterThanEqualAndSupersededFalseOrderByInspectedOnDescIdDesc(
                cooperativeId, from, org.springframework.data.domain.PageRequest.of(0, newest)).stream().map(Inspection::toRecord).toList());
        java.util.Collections.reverse(latest);
        return latest;
    }
}
