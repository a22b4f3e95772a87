package id.sentra.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import id.sentra.registry.Capability;
import id.sentra.registry.CapabilityTable;
import id.sentra.registry.CertificationKind;

/**
 * The hard conditions of a requirement, in the order a member's reasons list them: the material, each process, each
 * machine, each certificate valid today, then the monthly capacity. Tested on every member in scope through the flat
 * {@link CapabilityTable} before anything is scored; the reasons in words only for the members shown.
 */
final class Eligibility {

    private final Requirement need;
    private final LocalDate today;
    private final long processes;
    private final long equipment;
    private final List<CertificationKind> certificates;
    private final List<Condition> conditions;

    private Eligibility(Requirement need, LocalDate today, List<Condition> conditions) {
        this.need = need;
        this.today = today;
        this.processes = CapabilityTable.mask(need.processes());
        this.equipment = CapabilityTable.mask(need.equipment());
        this.certificates = need.certifications().stream().sorted().toList();
        this.conditions = conditions;
    }

    static Eligibility of(Requirement need, LocalDate today) {
        var conditions = new ArrayList<Condition>();
        var material = need.material();
        conditions.add(new Condition(m -> m.materials().contains(material), (t, i) -> t.pours(i, material),
                Reason.pass("match.material.ok", material.messageKey()), Reason.fail("match.material.missing", material.messageKey())));
        need.processes().stream().sorted().forEach(p -> conditions.add(new Condition(m -> m.processes().contains(p),
                (t, i) -> t.runsAll(i, 1L << p.ordinal()),
                Reason.pass("match.process.ok", p.messageKey()), Reason.fail("match.process.missing", p.messageKey()))));
        need.equipment().stream().sorted().forEach(e -> conditions.add(new Condition(m -> m.equipment().contains(e),
                (t, i) -> t.hasAll(i, 1L << e.ordinal()),
                Reason.pass("match.equipment.ok", e.messageKey()), Reason.fail("match.equipment.missing", e.messageKey()))));
        need.certifications().stream().sorted().forEach(c -> conditions.add(new Condition(m -> m.holdsValid(c, today),
                (t, i) -> t.holdsValid(i, c, today),
                Reason.pass("match.certification.ok", c.messageKey()), Reason.fail("match.certification.missing", c.messageKey()))));
        // The member's own capacity reasons carry its figures (reasons below); a summary over many names only the need.
        conditions.add(new Condition(m -> m.kgPerMonth(material) >= need.kgPerMonth(), (t, i) -> t.kgPerMonth(i, material) >= need.kgPerMonth(),
                Reason.pass("match.capacity.ok", need.kgPerMonth()), Reason.fail("match.lack.capacity", need.kgPerMonth())));
        return new Eligibility(need, today, List.copyOf(conditions));
    }

    int size() {
        return conditions.size();
    }

    /** Whether member {@code i} of the table meets every condition: a few array reads, no member object touched. */
    boolean met(CapabilityTable t, int i) {
        if (!t.pours(i, need.material()) || !t.runsAll(i, processes) || !t.hasAll(i, equipment)
                || t.kgPerMonth(i, need.material()) < need.kgPerMonth()) {
            return false;
        }
        for (var kind : certificates) {
            if (!t.holdsValid(i, kind, today)) {
                return false;
            }
        }
        return true;
    }

    /** Adds one to {@code failures[k]} for each condition k member {@code i} fails. */
    void countFailures(CapabilityTable t, int i, long[] failures) {
        for (int k = 0; k < conditions.size(); k++) {
            if (!conditions.get(k).onTable().test(t, i)) {
                failures[k]++;
            }
        }
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

    /** A condition tested on a table's slot. */
    @FunctionalInterface
    interface TableTest {
        boolean test(CapabilityTable table, int i);
    }

    /** One hard condition: its test on a member and on a table's slot, and its reason when met and when not. */
    private record Condition(Predicate<Capability> test, TableTest onTable, Reason pass, Reason fail) {
    }
}
