package id.sentra.quality.production;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.Specifications;
import id.sentra.registry.Equipment;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.MemberRegistry;

/** Members record their heats here; the member's operator and the platform read them. */
@Service
public class HeatBook {

    private final Heats heats;
    private final MemberRegistry members;
    private final GradeFamilies grades;
    private final HeatWriter writer;
    private final TransactionTemplate writing;
    private final HeatListing listing;

    /** Heats in one batch request at most: a spectrometer's day, and well inside a statement's parameter limit. */
    public static final int MAX_BATCH = 500;

    HeatBook(Heats heats, MemberRegistry members, Specifications specifications, HeatWriter writer,
             HeatListing listing, PlatformTransactionManager transactions) {
        this.heats = heats;
        this.members = members;
        this.grades = new GradeFamilies(specifications::grade);
        this.writer = writer;
        this.writing = new TransactionTemplate(transactions);
        this.listing = listing;
    }

    /**
     * Records a heat of the member's own (a member) or of the given member (the platform).
     * Every rule broken is reported at once; a heat number the member used before is refused.
     */
    public long record(SentraUser user, @Nullable Long memberId, HeatDraft draft) {
        return recorded(user, memberId, draft).id();
    }

    /** {@link #record} answering the heat as stored, without reading it back. */
    public HeatRecord recorded(SentraUser user, @Nullable Long memberId, HeatDraft draft) {
        return recordAll(user, memberId, List.of(draft), "").getFirst();
    }

    /**
     * Records many heats of one member at once (a spectrometer's upload): all of them, or none when any rule is
     * broken; each problem names the heat's index ({@code [3].readings[C]}).
     */
    public List<HeatRecord> recordBatch(SentraUser user, @Nullable Long memberId, List<HeatDraft> drafts) {
        if (drafts.isEmpty() || drafts.size() > MAX_BATCH) {
            throw new InvalidInputException(List.of(FieldProblem.of("heats", "heat.batch.size", MAX_BATCH)));
        }
        return recordAll(user, memberId, drafts, "[%d].");
    }

    /**
     * The inserts in a transaction of their own where none is open (or in no transaction at all when they are one
     * statement, atomic by itself), so that a heat number found taken by the unique key (which aborts a PostgreSQL
     * transaction) can still be looked up to name it.
     */
    private List<HeatRecord> recordAll(SentraUser user, @Nullable Long memberId, List<HeatDraft> drafts, String prefix) {
        ProductionAccess.requireRecorder(user);
        long member = user.is(Role.MEMBER) ? java.util.Objects.requireNonNull(user.memberId()) : requireMember(memberId);
        long cooperative = writer.cooperativeOf(member);
        var problems = check(drafts, prefix);
        if (!problems.isEmpty()) {
            // Only a refused request pays for this look-up; an accepted one learns it from the unique key.
            problems.addAll(numbersTaken(member, drafts, prefix));
            throw new InvalidInputException(problems);
        }
        boolean outer = TransactionSynchronizationManager.isActualTransactionActive();
        try {
            var newHeats = drafts.stream().map(draft -> Heat.of(cooperative, member, draft)).toList();
            return writer.atomic() ? writer.insert(newHeats)
                    : java.util.Objects.requireNonNull(writing.execute(status -> writer.insert(newHeats)));
        } catch (DuplicateKeyException e) {
            // A number the member used before, or two saves of one heat number at once: the unique key lets one win.
            throw new InvalidInputException(outer ? everyNumber(drafts, prefix) : numbersTaken(member, drafts, prefix));
        }
    }

    /** Every rule of every draft, the grade against the library, and a heat number repeated within the request. */
    private List<FieldProblem> check(List<HeatDraft> drafts, String prefix) {
        var problems = new ArrayList<FieldProblem>();
        var numbers = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < drafts.size(); i++) {
            var draft = drafts.get(i);
            var own = new ArrayList<>(HeatRules.check(draft));
            if (draft.gradeCode() != null && !draft.gradeCode().isBlank() && !grades.known(draft.gradeCode())) {
                own.add(FieldProblem.of("gradeCode", "heat.grade.unknown", draft.gradeCode().trim()));
            }
            if (draft.heatNumber() != null && numbers.putIfAbsent(draft.heatNumber().trim(), i) != null) {
                own.add(FieldProblem.of("heatNumber", "heat.number.repeated", draft.heatNumber().trim()));
            }
            problems.addAll(prefixed(prefix, i, own));
        }
        return problems;
    }

    private List<FieldProblem> numbersTaken(long member, List<HeatDraft> drafts, String prefix) {
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < drafts.size(); i++) {
            var number = drafts.get(i).heatNumber();
            if (number != null && !number.isBlank() && heats.existsByMemberIdAndHeatNumber(member, number.trim())) {
                problems.addAll(prefixed(prefix, i, List.of(FieldProblem.of("heatNumber", "heat.number.taken", number.trim()))));
            }
        }
        return problems;
    }

    /** Within a caller's transaction, aborted by the unique key, nothing more can be read: every number is named. */
    private static List<FieldProblem> everyNumber(List<HeatDraft> drafts, String prefix) {
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < drafts.size(); i++) {
            problems.addAll(prefixed(prefix, i, List.of(FieldProblem.of("heatNumber", "heat.number.taken",
                    String.valueOf(drafts.get(i).heatNumber()).trim()))));
        }
        return problems;
    }

    private static List<FieldProblem> prefixed(String prefix, int index, List<FieldProblem> problems) {
        if (prefix.isEmpty()) {
            return problems;
        }
        String head = prefix.formatted(index);
        return problems.stream().map(p -> new FieldProblem(head + p.field(), p.messageKey(), p.arguments())).toList();
    }

    @Transactional(readOnly = true)
    public HeatRecord get(SentraUser user, long id) {
        var heat = heats.findById(id).orElseThrow(() -> new RecordNotFoundException("heat", id));
        ProductionAccess.requireView(user, heat.cooperativeId(), heat.memberId(), "Heat " + id);
        return heat.toRecord();
    }

    /** Newest first: a member its own, an operator its cooperative's, the platform all. */
    @Transactional(readOnly = true)
    public List<HeatRecord> list(SentraUser user) {
        ProductionAccess.requireReader(user);
        var found = switch (user.role()) {
            case MEMBER -> heats.findByMemberIdOrderByMeltedOnDescIdDesc(java.util.Objects.requireNonNull(user.memberId()));
            case OPERATOR -> heats.findByCooperativeIdOrderByMeltedOnDescIdDesc(java.util.Objects.requireNonNull(user.cooperativeId()));
            default -> heats.findAllByOrderByMeltedOnDescIdDesc();
        };
        return found.stream().map(Heat::toRecord).toList();
    }

    /** One page of {@link #list(SentraUser)}, newest first, in the same scope. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Slice<HeatRecord> list(SentraUser user, org.springframework.data.domain.Pageable page) {
        ProductionAccess.requireReader(user);
        var found = switch (user.role()) {
            case MEMBER -> heats.findByMemberIdOrderByMeltedOnDescIdDesc(java.util.Objects.requireNonNull(user.memberId()), page);
            case OPERATOR -> heats.findByCooperativeIdOrderByMeltedOnDescIdDesc(java.util.Objects.requireNonNull(user.cooperativeId()), page);
            default -> heats.findAllByOrderByMeltedOnDescIdDesc(page);
        };
        return found.map(Heat::toRecord);
    }

    /**
     * At most {@code limit} heats in the person's scope, newest first, after the cursor of the previous page (none for
     * the first); the page names the cursor of the next.
     */
    public id.sentra.platform.CursorPage<HeatRecord> page(SentraUser user, int limit, @Nullable String cursor) {
        return listing.page(user, limit, cursor);
    }

    /** A member's heats since a day, newest first; only those the person may see. */
    @Transactional(readOnly = true)
    public List<HeatRecord> ofMemberSince(SentraUser user, long memberId, java.time.LocalDate from) {
        ProductionAccess.requireReader(user);
        return heats.findByMemberIdAndMeltedOnGreaterThanEqualOrderByMeltedOnDescIdDesc(memberId, from).stream()
                .filter(h -> ProductionAccess.sees(user, h.cooperativeId(), h.memberId())).map(Heat::toRecord).toList();
    }

    /** A cooperative's {@code newest} latest heats since a day, newest first; only those the person may see. */
    @Transactional(readOnly = true)
    public List<HeatRecord> ofCooperativeSince(SentraUser user, long cooperativeId, java.time.LocalDate from, int newest) {
        ProductionAccess.requireReader(user);
        return heats.findByCooperativeIdAndMeltedOnGreaterThanEqualOrderByMeltedOnDescIdDesc(cooperativeId, from,
                        org.springframework.data.domain.PageRequest.of(0, newest)).stream()
                .filter(h -> ProductionAccess.sees(user, h.cooperativeId(), h.memberId())).map(Heat::toRecord).toList();
    }

    /** The member's furnaces, which the heat form offers to choose from; the member may also type its own. */
    @Transactional(readOnly = true)
    public List<Equipment> furnaces(SentraUser user, long memberId) {
        return members.profile(user, memberId).equipment().stream()
                .filter(e -> e.kind() == EquipmentKind.FURNACE && e.furnaceType() != null).toList();
    }

    private static long requireMember(@Nullable Long memberId) {
        if (memberId == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("memberId", "field.required")));
        }
        return memberId;
    }

    /** Heats by id whoever asks, for the parts of quality that check the person's scope themselves (inspection). */
    @Transactional(readOnly = true)
    public List<HeatRecord> find(java.util.Collection<Long> ids) {
        return heats.findAllById(ids).stream().map(Heat::toRecord).toList();
    }
}
