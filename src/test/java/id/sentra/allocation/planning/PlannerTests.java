package id.sentra.allocation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.sentra.registry.MaterialFamily;

/** What every plan promises, over seeded random cooperatives, and the trade-off fairness makes. */
class PlannerTests {

    private final Planner planner = new Planner();

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPlanRespectsCapacityEligibilityMaxShareAndMinimumLot(long seed) {
        var problem = RandomProblems.generate(seed, 500);

        var plan = planner.plan(problem);

        for (var a : plan.assignments()) {
            var supplier = supplier(problem, a.memberId());
            var line = Explanations.line(problem, a.lineKey());
            assertThat(supplier.offers()).as("only eligible members").containsKey(a.lineKey());
            assertThat(a.pieces()).as("max share").isLessThanOrEqualTo(line.maxPerMember(a.month()));
            assertThat(a.pieces()).as("minimum lot").isGreaterThanOrEqualTo(Math.min(line.minLot(), line.maxPerMember(a.month())));
        }
        for (var supplier : problem.suppliers()) {
            for (var month : problem.months()) {
                for (var material : MaterialFamily.values()) {
                    long grams = plan.assignments().stream().filter(a -> a.memberId() == supplier.memberId() && a.month().equals(month))
                            .filter(a -> Explanations.line(problem, a.lineKey()).material() == material)
                            .mapToLong(a -> (long) a.pieces() * Explanations.line(problem, a.lineKey()).gramsPerPiece()).sum();
                    assertThat(grams).as("capacity of %s in %s", supplier.name(), month)
                            .isLessThanOrEqualTo(supplier.freeKg(material, month) * 1000);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void demandIsMetOrTheExactShortfallIsReported(long seed) {
        var problem = RandomProblems.generate(seed, 500);

        var plan = planner.plan(problem);

        for (var line : problem.lines()) {
            for (var month : problem.months()) {
                int made = plan.assignments().stream().filter(a -> a.lineKey().equals(line.key()) && a.month().equals(month))
                        .mapToInt(Assignment::pieces).sum();
                int short_ = plan.shortfalls().stream().filter(s -> s.lineKey().equals(line.key()) && s.month().equals(month))
                        .mapToInt(Shortfall::pieces).sum();
                assertThat(made + short_).isEqualTo(line.piecesIn(month));
            }
        }
        assertThat(plan.remedies().isEmpty()).isEqualTo(plan.shortfalls().isEmpty());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameInputGivesTheSamePlan(long seed) {
        var problem = RandomProblems.generate(seed, 500);

        assertThat(planner.plan(problem).assignments()).isEqualTo(planner.plan(problem).assignments());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pinsAreHonouredAndTheRestIsReplanned(long seed) {
        var problem = RandomProblems.generate(seed, 500);
        var first = planner.plan(problem);
        var chosen = first.assignments().stream().findFirst();
        if (chosen.isEmpty()) {
            return;
        }
        var line = Explanations.line(problem, chosen.get().lineKey());
        int pinned = Math.max(Math.min(line.minLot(), line.maxPerMember(chosen.get().month())), chosen.get().pieces() / 2);
        var pin = new Pin(chosen.get().memberId(), chosen.get().lineKey(), chosen.get().month(), pinned);

        var replanned = planner.plan(new AllocationProblem(problem.lines(), problem.suppliers(), problem.months(), List.of(pin), 500));

        assertThat(Explanations.pieces(new Solution(replanned.status(), replanned.assignments(), replanned.shortfalls(), replanned.objective()),
                pin.memberId(), pin.lineKey(), pin.month())).isEqualTo(pinned);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fairnessCostsMoneyAndBuysEvennessNeverTheOtherWay(long seed) {
        var problem = RandomProblems.generate(seed, 2_000);

        var plan = planner.plan(problem);

        assertThat(plan.costOfFairness()).isGreaterThanOrEqualTo(0);
        assertThat(plan.objective().deviationKg()).isLessThanOrEqualTo(plan.cheapest().deviationKg());
    }

    @Test
    void theCheaperMemberTakesItsMaximumShareAndTheOtherTheRest() {
        var month = YearMonth.of(2027, 1);
        var line = new LineDemand("sleeve", "Cylinder sleeve", MaterialFamily.GREY_IRON, 3_000, Map.of(month, 200), 20, 0.6);
        var cheap = new Supplier(1, "Murah", Map.of(MaterialFamily.GREY_IRON, 10_000L), Map.of(),
                Map.of("sleeve", new Supplier.Offer(50_000, 1_000, 500)), Map.of());
        var dear = new Supplier(2, "Mahal", Map.of(MaterialFamily.GREY_IRON, 10_000L), Map.of(),
                Map.of("sleeve", new Supplier.Offer(60_000, 1_000, 500)), Map.of());
        var none = new Supplier(3, "Tanpa spektrometer", Map.of(MaterialFamily.GREY_IRON, 10_000L), Map.of(), Map.of(),
                Map.of("sleeve", List.of("tidak memiliki Spektrometer")));

        var plan = planner.plan(new AllocationProblem(List.of(line), List.of(cheap, dear, none), List.of(month), List.of(), 0));

        assertThat(plan.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(plan.assignments()).containsExactlyInAnyOrder(new Assignment(1, "sleeve", month, 120), new Assignment(2, "sleeve", month, 80));
        assertThat(plan.objective().price()).isEqualTo(120 * 50_000L + 80 * 60_000L);
        var byMember = plan.members().stream().collect(java.util.stream.Collectors.toMap(MemberPlan::memberId, m -> m));
        assertThat(byMember.get(1L).why()).extracting(Because::messageKey).contains("alloc.why.got", "alloc.why.maxShare");
        assertThat(byMember.get(3L).why()).extracting(Because::messageKey).containsExactly("alloc.why.notEligible");
    }

    @Test
    void demandBeyondEveryCapacityIsReportedPeriodByPeriodWithRemedies() {
        var jan = YearMonth.of(2027, 1);
        var feb = YearMonth.of(2027, 2);
        var line = new LineDemand("block", "Blok rem", MaterialFamily.HIGH_PHOSPHORUS_IRON, 8_000, Map.of(jan, 100, feb, 1_000), 0, 1.0);
        var only = new Supplier(1, "Satu-satunya", Map.of(MaterialFamily.HIGH_PHOSPHORUS_IRON, 2_000L), Map.of(),
                Map.of("block", new Supplier.Offer(80_000, 2_000, 1_000)), Map.of());

        var plan = planner.plan(new AllocationProblem(List.of(line), List.of(only), List.of(jan, feb), List.of(), 0));

        assertThat(plan.shortfalls()).containsExactly(new Shortfall("block", feb, 1_000 - 250));
        assertThat(plan.complete()).isFalse();
        assertThat(plan.remedies()).extracting(Because::messageKey).contains("alloc.remedy.capacity");
    }

    private static Supplier supplier(AllocationProblem problem, long id) {
        return problem.suppliers().stream().filter(s -> s.memberId() == id).findFirst().orElseThrow();
    }
}
