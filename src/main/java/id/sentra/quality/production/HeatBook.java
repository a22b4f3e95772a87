package id.sentra.quality.production;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    HeatBook(Heats heats, MemberRegistry members, Specifications specifications) {
        this.heats = heats;
        this.members = members;
        this.grades = new GradeFamilies(specifications::grade);
    }

    /**
     * Records a heat of the member's own (a member) or of the given member (the platform).
     * Every rule broken is reported at once; a heat number the member used before is refused.
     */
    @Transactional
    public long record(SentraUser user, @Nullable Long memberId, HeatDraft draft) {
        ProductionAccess.requireRecorder(user);
        long member = user.is(Role.MEMBER) ? java.util.Objects.requireNonNull(user.memberId()) : requireMember(memberId);
        var profile = members.profile(user, member);
        var problems = new ArrayList<>(HeatRules.check(draft));
        if (draft.heatNumber() != null && heats.existsByMemberIdAndHeatNumber(member, draft.heatNumber().trim())) {
            problems.add(FieldProblem.of("heatNumber", "heat.number.taken", draft.heatNumber().trim()));
        }
        if (draft.gradeCode() != null && !draft.gradeCode().isBlank() && !grades.known(draft.gradeCode())) {
            problems.add(FieldProblem.of("gradeCode", "heat.grade.unknown", draft.gradeCode().trim()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return java.util.Objects.requireNonNull(heats.save(Heat.of(profile.cooperativeId(), member, draft)).getId());
        } catch (DuplicateKeyException e) {
            // Two saves of one heat number at once: the unique key lets one win.
            throw new InvalidInputException(List.of(FieldProblem.of("heatNumber", "heat.number.taken", draft.heatNumber())));
        }
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
