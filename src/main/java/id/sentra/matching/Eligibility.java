package id.sentra.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import id.sentra.registry.Capability;
import id.sentra.registry.CertificationKind;

/**
 * The hard conditions of a requirement, in the order a member's reasons list them: the material, each process, each
 * machine, each certificate valid today, then the monthly capacity. Tested on every member in scope as bit sets over
 * {@link MemberColumns} before anything is scored; the reasons in words only for the members shown.
 */
final class Eligibility {

    private final Requirement need;
    private final LocalDate today;
    private final List<CertificationKind> certificates;
    private final List<Condition> conditions;

    private Eligibility(Requirement need, LocalDate today, List<Condition> conditions) {
        this.need = need;
        this.today = today;
        this.certificates = need.certifications().stream().sorted().toList();
        this.conditions = conditions;
    }

    static Eligibility of(Requirement need, LocalDate today) {
        var conditions = new ArrayList<Condition>();
        var material = need.material();
        conditions.add(new Condition(m -> m.materials().contains(material),
                Reason.pass("match.material.ok", material.messageKey()), Reason.fail("match.material.missing", material.messageKey())));
        need.processes().stream().sorted().forEach(p -> conditions.add(new Condition(m -> m.processes().contains(p),
                Reason.pass("match.process.ok", p.messageKey()), Reason.fail("match.process.missing", p.messageKey()))));
        need.equipment().stream().sorted().forEach(e -> conditions.add(new Condition(m -> m.equipment().contains(e),
                Reason.pass("match.equipment.ok", e.messageKey()), Reason.fail("match.equipment.missing", e.messageKey()))));
        need.certifications().stream().sorted().forEach(c -> conditions.add(new Condition(m -> m.holdsValid(c, today),
                Reason.pass("match.certification.ok", c.messageKey()), Reason.fail("match.certification.missing", c.messageKey()))));
        // The member's own capacity reasons carry its figures (reasons below); a summary over many names only the need.
        conditions.add(new Condition(m -> m.kgPerMonth(material) >= need.kgPerMonth(),
                Reason.pass("match.capacity.ok", need.kgPerMonth()), Reason.fail("match.lack.capacity", need.kgPerMonth())));
        return new Eligibility(need, today, List.copyOf(conditions));
    }

    int size() {
        return conditions.size();
    }

    /**
     * The members meeting each condition but the last (capacity, a figure per member rather than a set), as bit sets
     * over the columns' slots, in the order of the conditions.
     */
    List<long[]> bitSets(MemberColumns columns) {
        var sets = new ArrayList<long[]>(conditions.size() - 1);
        sets.add(columns.pours(need.material()));
        need.processes().stream().sorted().forEach(p -> sets.add(columns.runs(p)));
        need.equipment().stream().sorted().forEach(e -> sets.add(columns.has(e)));
        certificates.forEach(c -> sets.add(columns.holdsValid(c, today)));
        return sets;
    }

    /** Condition {@code index} as a line of a summary over many members: what they lack. */
    Reason lack(int index) {
        return conditions.get(index).fail();
    }

    /** The member's reason for every condition, met or not, the capacity with its own figures. */
    List<Reason> reasons(Capability member) {
        var reasons = new ArrayList<Reason>(conditions.size());
        for (var condition : conditions.subList(0, conditions.size() - 1)) {
            reasons.add(condition.test().test(member) ? condition.pass() : condition.fail());
        }
        long free = member.kgPerMonth(need.material());
        long kg = need.kgPerMonth();
        reasons.add(free >= kg ? Reason.pass("match.capacity.ok", free, kg) : Reason.fail("match.capacity.short", free, kg, kg - free));
        return reasons;
    }

    /** One hard condition: its test on a member, and its reason when met and when not. */
    private record Condition(Predicate<Capability> test, Reason pass, Reason fail) {
    }
}
