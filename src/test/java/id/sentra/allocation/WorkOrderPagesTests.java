package id.sentra.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;

/** The work-order list one page at a time: the latest month first, each page in the reader's scope. */
@SentraIntegrationTest
class WorkOrderPagesTests {

    @Autowired AllocationService allocations;
    @Autowired Accounts accounts;

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private static final Comparator<WorkOrder> LATEST_FIRST =
            Comparator.comparing(WorkOrder::period).reversed().thenComparing(Comparator.comparingLong(WorkOrder::id).reversed());

    @Test
    void theSecondPageOfAMemberShowsItsNextOwnWorkOrders() {
        var member = user("member");
        var all = allocations.workOrders(member).stream().sorted(LATEST_FIRST).map(WorkOrder::id).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(6);

        var second = allocations.workOrders(member, PageRequest.of(1, 3));

        assertThat(second.getContent()).extracting(WorkOrder::id).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(second.getContent()).allSatisfy(o -> assertThat(o.memberId()).isEqualTo(member.memberId()));
        assertThat(second.hasPrevious()).isTrue();
    }

    @Test
    void theSecondPageOfAnOperatorHoldsOnlyItsCooperativesWorkOrders() {
        var operator = user("operator");
        var first = allocations.workOrders(operator, PageRequest.of(0, 20)).getContent();
        var second = allocations.workOrders(operator, PageRequest.of(1, 10));

        assertThat(second.getContent()).extracting(WorkOrder::id)
                .containsExactlyElementsOf(first.subList(10, 20).stream().map(WorkOrder::id).toList());
        assertThat(second.getContent()).allSatisfy(o -> assertThat(o.cooperativeId()).isEqualTo(operator.cooperativeId()));
    }
}
