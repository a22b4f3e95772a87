package id.sentra.registry;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.SentraUser;

/** Registers, revises and deactivates member IKM, within the scope of the person doing it. */
@Service
public class MemberRegistry {

    private final Members members;
    private final MemberRules rules;

    MemberRegistry(Members members, MemberRules rules) {
        this.members = members;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public MemberProfile profile(SentraUser user, long memberId) {
        var member = load(memberId);
        RegistryAccess.requireView(user, member);
        return MemberProfile.of(member, RegistryAccess.seesInternals(user, member));
    }

    @Transactional
    public long register(SentraUser user, long cooperativeId, MemberDetails details) {
        RegistryAccess.requireManage(user, cooperativeId);
        var problems = new ArrayList<>(rules.check(details));
        if (Nib.isValid(details.nib()) && members.existsByNib(details.nib())) {
            problems.add(FieldProblem.of("nib", "member.nib.taken"));
        }
        failOn(problems);
        return members.save(Member.register(cooperativeId, details)).getId();
    }

    /** Registers many members at once: all of them, or (on the first broken rule) none. */
    @Transactional
    public List<Long> registerAll(SentraUser user, long cooperativeId, List<MemberDetails> batch) {
        return batch.stream().map(details -> register(user, cooperativeId, details)).toList();
    }

    @Transactional
    public void revise(SentraUser user, long memberId, int expectedVersion, MemberDetails details) {
        var member = load(memberId);
        RegistryAccess.requireEdit(user, member);
        var problems = new ArrayList<>(rules.check(details));
        if (!details.nib().equals(member.nib()) && members.existsByNib(details.nib())) {
            problems.add(FieldProblem.of("nib", "member.nib.taken"));
        }
        failOn(problems);
        member.revise(details, expectedVersion);
        save(member);
    }

    @Transactional
    public void deactivate(SentraUser user, long memberId, int expectedVersion) {
        var member = load(memberId);
        RegistryAccess.requireManage(user, member.cooperativeId());
        member.deactivate(expectedVersion);
        save(member);
    }

    @Transactional
    public void reactivate(SentraUser user, long memberId, int expectedVersion) {
        var member = load(memberId);
        RegistryAccess.requireManage(user, member.cooperativeId());
        member.reactivate(expectedVersion);
        save(member);
    }

    /** Refuses a person who may not register, import or deactivate members of this cooperative. */
    public void requireManage(SentraUser user, long cooperativeId) {
        RegistryAccess.requireManage(user, cooperativeId);
    }

    /** The rules alone, for an import that checks every row before it saves any. */
    public List<FieldProblem> check(MemberDetails details) {
        return rules.check(details);
    }

    public boolean nibTaken(String nib) {
        return members.existsByNib(nib);
    }

    private void save(Member member) {
        try {
            members.save(member);
        } catch (OptimisticLockingFailureException e) {
            // Another transaction saved between our read and our write.
            throw new StaleRecordException(member.auditType(), member.getId());
        }
    }

    private Member load(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new RecordNotFoundException("member", memberId));
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
