package id.sentra.allocation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The promises of every plan, held on a piece of the realistic case, where several lines share a material and a member's capacity. */
class RealisticPlanTests {

    private final Planner planner = new Planner();

    private static AllocationProblem firstQuarter(List<Pin> pins) {
        var contracts = RealisticProblems.contracts(11);
        // The pump parts (two grey-iron lines sharing each member's capacity) and the brake blocks and heads.
        var lines = List.of(contracts.get(0), contracts.get(1)).stream().flatMap(List::stream).toList();
        return new AllocationProblem(lines, RealisticProblems.members(11, contracts), RealisticProblems.months().subList(0, 3), pins,
                RealisticProblems.FAIRNESS);
    }

    @Test
    void sharedCapacityLotsSharesAndEligibilityHoldAndDemandIsMetOrReported() {
        var problem = firstQuarter(List.of());

        var plan = planner.plan(problem);

        for (var a : plan.assignments()) {
            var line = Explanations.line(problem, a.lineKey());
            var supplier = problem.suppliers().stream().filter(s -> s.memberId() == a.memberId()).findFirst().orElseThrow();
            assertThat(supplier.offers()).containsKey(a.lineKey());
            assertThat(a.pieces()).isBetween(line.minLot(), line.maxPerMember(a.month()));
        }
        for (var supplier : problem.suppliers()) {
            for (var month : problem.months()) {
                for (var material : problem.lines().stream().map(LineDemand::material).distinct().toList()) {
                    long grams = plan.assignments().stream().filter(a -> a.memberId() == supplier.memberId() && a.month().equals(month))
                            .map(a -> new long[] {a.pieces(), Explanations.line(problem, a.lineKey()).gramsPerPiece(),
                                    Explanations.line(problem, a.lineKey()).material() == material ? 1 : 0})
                            .mapToLong(x -> x[0] * x[1] * x[2]).sum();
                    assertThat(grams).isLessThanOrEqualTo(supplier.freeKg(material, month) * 1000);
                }
            }
        }
        for (var line : problem.lines()) {
            for (var month : problem.months()) {
                int made = plan.assignments().stream().filter(a -> a.lineKey().equals(line.key()) && a.month().equals(month))
                        .mapToInt(Assignment::pieces).sum();
                int short_ = plan.shortfalls().stream().filter(s -> s.lineKey().equals(line.key()) && s.month().equals(month))
                        .mapToInt(Shortfall::pieces).sum();
                assertThat(made + short_).isEqualTo(line.piecesIn(month));
            }
        }
    }

    @Test
    void aPinOnALineThatSharesItsMaterialIsHonouredAndTheSamePlanComesBack() {
        var first = planner.plan(firstQuarter(List.of()));
        var chosen = first.assignments().stream().filter(a -> a.lineKey().equals("C0L1")).findFirst().orElseThrow();
        int lot = Explanations.line(firstQuarter(List.of()), chosen.lineKey()).minLot();
        var pin = new Pin(chosen.memberId(), chosen.lineKey(), chosen.month(), chosen.pieces() > lot ? chosen.pieces() - 1 : chosen.pieces() + 1);
        var problem = firstQuarter(List.of(pin));

        var replanned = planner.plan(problem);

        assertThat(replanned.assignments()).contains(new Assignment(pin.memberId(), pin.lineKey(), pin.month(), pin.pieces()));
        assertThat(planner.plan(problem).assignments()).isEqualTo(replanned.assignments());
    }
}
