package id.sentra.quality.inspection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.NonConformanceReporting;

/**
 * Non-conformance reports on a member's lots: the member, its cooperative's operator and the platform open and
 * work them; buyers and the ministry do not see them (the buyer sees the lots' dispositions).
 */
@Service
public class NcrBook implements NonConformanceReporting {

    private final NonConformances reports;
    private final LotSubjects subjects;
    private final Clock clock;

    NcrBook(NonConformances reports, LotSubjects subjects, Clock clock) {
        this.reports = reports;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** Opens a report on lots of one member; the heats the lots were poured from are linked with them. */
    @Transactional
    public long open(SentraUser user, List<Long> lotIds, NcrTexts texts) {
        requireWorker(user);
        var problems = new ArrayList<>(NonConformance.check(texts));
        if (lotIds.isEmpty()) {
            problems.add(FieldProblem.of("lotIds", "ncr.lots.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var lots = lotIds.stream().distinct().map(subjects::load).toList();
        lots.forEach(s -> InspectionAccess.requireRecorder(user, s));
        long member = lots.getFirst().lot().memberId();
        if (lots.stream().anyMatch(s -> s.lot().memberId() != member)) {
            throw new InvalidInputException(List.of(FieldProblem.of("lotIds", "ncr.lots.oneMember")));
        }
        var heats = new LinkedHashSet<Long>();
        lots.forEach(s -> heats.addAll(s.lot().heatIds()));
        var report = new NonConformance(lots.getFirst().lot().cooperativeId(), member, Objects.requireNonNull(texts.description()).trim(),
                user.displayName(), clock.instant());
        report.concern(lots.stream().map(s -> s.lot().id()).toList(), List.copyOf(heats));
        return Objects.requireNonNull(reports.save(report).getId());
    }

    @Override
    @Transactional
    public long open(SentraUser user, List<Long> lotIds, String description) {
        return open(user, lotIds, new NcrTexts(description, null, null, null));
    }

    @Override
    @Transactional
    public void contain(SentraUser user, long reportId, String containment) {
        var report = get(user, reportId);
        work(user, reportId, report.version(), new NcrTexts(report.texts().description(), containment, null, null), NcrStep.CONTAIN);
    }

    @Override
    @Transactional
    public void close(SentraUser user, long reportId, String rootCause, String correctiveAction) {
        var report = get(user, reportId);
        var texts = report.texts();
        work(user, reportId, report.version(), new NcrTexts(texts.description(), texts.containment(), rootCause, correctiveAction),
                NcrStep.CLOSE);
    }

    /** Saves the texts and, if asked, takes the next step; a stale version is refused. */
    @Transactional
    public NcrView work(SentraUser user, long id, int expectedVersion, NcrTexts texts, NcrStep step) {
        var report = load(user, id);
        report.write(expectedVersion, texts);
        switch (step) {
            case CONTAIN -> report.contain(user.displayName(), clock.instant());
            case CLOSE -> report.close(user.displayName(), clock.instant());
            case SAVE -> { }
        }
        try {
            return reports.save(report).toView();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(report.auditType(), id);
        }
    }

    @Transactional(readOnly = true)
    public NcrView get(SentraUser user, long id) {
        return load(user, id).toView();
    }

    /** Newest first: a member its own, an operator its cooperative's, the platform all. */
    @Transactional(readOnly = true)
    public List<NcrView> list(SentraUser user) {
        requireWorker(user);
        var found = switch (user.role()) {
            case MEMBER -> reports.findByMemberIdOrderByIdDesc(Objects.requireNonNull(user.memberId()));
            case OPERATOR -> reports.findByCooperativeIdOrderByIdDesc(Objects.requireNonNull(user.cooperativeId()));
            default -> reports.findAllByOrderByIdDesc();
        };
        return found.stream().map(NonConformance::toView).toList();
    }

    /**
     * At most {@code limit} reports in scope, newest first, after the cursor of the previous page (none for the first):
     * the ids read in SQL below the cursor's, then only those reports loaded.
     */
    @Transactional(readOnly = true)
    public id.sentra.platform.CursorPage<NcrView> page(SentraUser user, int limit, @org.jspecify.annotations.Nullable String cursor) {
        requireWorker(user);
        long below = Long.MAX_VALUE;
        if (cursor != null) {
            try {
                below = Long.parseLong(id.sentra.platform.CursorPage.key(cursor));
            } catch (NumberFormatException e) {
                throw id.sentra.platform.CursorPage.invalidCursor();
            }
        }
        var keys = switch (user.role()) {
            case MEMBER -> reports.keysOfMemberBelow(Objects.requireNonNull(user.memberId()), below, limit + 1);
            case OPERATOR -> reports.keysOfCooperativeBelow(Objects.requireNonNull(user.cooperativeId()), below, limit + 1);
            default -> reports.keysBelow(below, limit + 1);
        };
        var pageKeys = keys.size() > limit ? keys.subList(0, limit) : keys;
        var found = reports.findAllById(pageKeys).stream()
                .sorted(java.util.Comparator.comparing(NonConformance::getId, java.util.Comparator.reverseOrder()))
                .map(NonConformance::toView).toList();
        return id.sentra.platform.CursorPage.of(found, keys.size() > limit, view -> String.valueOf(view.id()));
    }

    /** One page of {@link #list(SentraUser)}, newest first, in the same scope. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Slice<NcrView> list(SentraUser user, org.springframework.data.domain.Pageable page) {
        requireWorker(user);
        var found = switch (user.role()) {
            case MEMBER -> reports.findByMemberIdOrderByIdDesc(Objects.requireNonNull(user.memberId()), page);
            case OPERATOR -> reports.findByCooperativeIdOrderByIdDesc(Objects.requireNonNull(user.cooperativeId()), page);
            default -> reports.findAllByOrderByIdDesc(page);
        };
        return found.map(NonConformance::toView);
    }

    private NonConformance load(SentraUser user, long id) {
        requireWorker(user);
        var report = reports.findById(id).orElseThrow(() -> new RecordNotFoundException("ncr", id));
        boolean sees = switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR -> user.cooperativeId() != null && user.cooperativeId() == report.cooperativeId();
            case MEMBER -> user.memberId() != null && user.memberId() == report.memberId();
            case BUYER, MINISTRY -> false;
        };
        if (!sees) {
            throw new AccessDeniedException("Non-conformance report " + id + " is outside your scope");
        }
        return report;
    }

    private static void requireWorker(SentraUser user) {
        if (user.is(Role.BUYER) || user.is(Role.MINISTRY)) {
            throw new AccessDeniedException("Non-conformance reports are the cooperative's own");
        }
    }
}
