package id.sentra.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberPrices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;

/** The operator's allocation on the demo cooperative: plan, pins, publication, and the work orders members see. */
@SentraIntegrationTest
class AllocationServiceTests {

    @Autowired AllocationService allocations;
    @Autowired JdbcClient jdbc;
    @Autowired MemberPrices prices;
    private final AwardedContracts contracts;

    @Autowired
    AllocationServiceTests(id.sentra.demand.ContractRegistry registry, id.sentra.demand.ContractSearch search,
                           id.sentra.platform.security.Accounts accounts) {
        this.contracts = new AwardedContracts(registry, search, accounts);
    }

    @Test
    void theDemoSleevesAreAllocatedToTheOnlyMemberWithASpectrometer() {
        var member = contracts.user("member");
        var sleeves = allocations.workOrders(member).stream().filter(o -> o.partName().startsWith("Cylinder sleeve")).toList();

        assertThat(sleeves).hasSize(12).allSatisfy(o -> assertThat(o.pieces()).isEqualTo(200));
        assertThat(jdbc.sql("select count(distinct member_id) from work_order w join contract c on c.id = w.contract_id where c.reference = 'TMMIN/PUR/CS/2026-07'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProposedPlanMeetsTheDemandAndExplainsEveryMember() {
        var operator = contracts.user("operator");
        long contract = contracts.greyIron("ALOK-1", 300, "45.000");

        long plan = allocations.propose(operator, contract, new Allocation.Settings(1_000, List.of(), List.of()));

        var page = allocations.page(operator, plan);
        assertThat(page.plan().complete()).isTrue();
        assertThat(page.allocation().quantities().stream().mapToInt(PlanQuantity::pieces).sum()).isEqualTo(900);
        assertThat(page.plan().members()).allSatisfy(m -> assertThat(m.why()).isNotEmpty());
        assertThat(page.plan().costOfFairness()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aDraftPlanSaysWhichMembersPricesChangedSinceItWasSolved() {
        var operator = contracts.user("operator");
        long contract = contracts.greyIron("ALOK-3", 300, "45.000");
        long plan = allocations.propose(operator, contract, new Allocation.Settings(1_000, List.of(), List.of()));
        var member = allocations.page(operator, plan).plan().members().stream().filter(m -> m.pieces() > 0).findFirst().orElseThrow();
        long before = prices.perKg(MaterialFamily.GREY_IRON).get(member.memberId());
        assertThat(allocations.page(operator, plan).changedMembers()).isEmpty();

        prices.set(member.memberId(), MaterialFamily.GREY_IRON, before + 1_000);
        try {
            assertThat(allocations.page(operator, plan).changedMembers()).containsExactly(member.name());
        } finally {
            prices.set(member.memberId(), MaterialFamily.GREY_IRON, before);
        }
    }

    @Test
    void aPinnedQuantityIsKeptAndTheRestReplanned() {
        var operator = contracts.user("operator");
        long contract = contracts.greyIron("ALOK-2", 300, "45.000");
        long first = allocations.propose(operator, contract, new Allocation.Settings(1_000, List.of(), List.of()));
        var chosen = allocations.page(operator, first).allocation().quantities().get(0);
        var pin = new PlanPin(chosen.memberId(), chosen.lineNo(), chosen.period(), 60);

        long second = allocations.propose(operator, contract, new Allocation.Settings(1_000, List.of(), List.of(pin)));

        var quantities = allocations.page(operator, second).allocation().quantities();
        assertThat(quantities).filteredOn(q -> q.memberId() == pin.memberId() && q.period().equals(pin.period()))
                .extracting(PlanQuantity::pieces).containsExactly(60);
        assertThat(quantities.stream().filter(q -> q.period().equals(pin.period())).mapToInt(PlanQuantity::pieces).sum()).isEqualTo(300);
        assertThat(allocations.plans(operator, contract)).extracting(Allocation::status)
                .containsExactly(PlanStatus.DRAFT, PlanStatus.SUPERSEDED);
    }

    @Test
    void publishingCreatesWorkOrdersThatEachMemberSeesAlone() {
        var operator = contracts.user("operator");
        long contract = contracts.greyIron("ALOK-3", 300, "45.000");
        long plan = allocations.propose(operator, contract, new Allocation.Settings(1_000, List.of(), List.of()));

        int orders = allocations.publish(operator, plan, allocations.page(operator, plan).allocation().version());

        assertThat(orders).isEqualTo(allocations.page(operator, plan).allocation().quantities().size());
        long someMember = allocations.page(operator, plan).allocation().quantities().get(0).memberId();
        assertThat(jdbc.sql("select count(*) from work_order where contract_id = :c").param("c", contract).query(Long.class).single())
                .isEqualTo(orders);
        assertThat(allocations.workOrders(contracts.user("member"))).allMatch(o -> o.memberId() == contracts.user("member").memberId());
        assertThat(someMember).isPositive();
    }

    @Test
    void twoOperatorsPublishingAtOnceCannotBothWin() throws Exception {
        var operator = contracts.user("operator");
        long contract = contracts.greyIron("ALOK-4", 200, "45.000");
        long planA = allocations.propose(operator, contract, new Allocation.Settings(0, List.of(), List.of()));
        // A second operator's plan, proposed from the same contract before either publishes.
        var a = allocations.page(operator, planA).allocation();
        var start = new CountDownLatch(1);
        Callable<String> publishA = () -> {
            start.await();
            try {
                allocations.publish(operator, planA, a.version());
                return "published";
            } catch (AlreadyPublishedException | id.sentra.platform.StaleRecordException | IllegalStateException e) {
                return "refused";
            }
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(publishA);
            var second = pool.submit(publishA);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("published", "refused");
        }
        assertThat(jdbc.sql("select count(*) from contract_allocation where contract_id = :c").param("c", contract)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void buyersAndMembersCannotSeeTheSplitOrItsPrices() {
        long contract = contracts.greyIron("ALOK-5", 100, "45.000");
        long plan = allocations.propose(contracts.user("operator"), contract, new Allocation.Settings(0, List.of(), List.of()));

        assertThatThrownBy(() -> allocations.page(contracts.user("buyer"), plan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.page(contracts.user("member"), plan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.workOrders(contracts.user("buyer"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> allocations.page(contracts.user("operator.tegal"), plan)).isInstanceOf(AccessDeniedException.class);
    }
}
