package id.sentra.demand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;

/** The contract list chosen page by page in SQL: newest change first, each page in the reader's scope. */
@SentraIntegrationTest
class ContractPagesTests {

    @Autowired ContractSearch search;
    @Autowired ContractRegistry registry;
    @Autowired Accounts accounts;

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void theSecondPageOfABuyerShowsItsNextOwnContracts() {
        var buyer = user("buyer");
        var first = search.list(buyer, ContractFilter.ALL, 0, 4);
        assertThat(first.items()).hasSize(4);

        var second = search.list(buyer, ContractFilter.ALL, 1, 2);

        assertThat(second.items()).extracting(ContractSummary::id)
                .containsExactlyElementsOf(first.items().subList(2, 4).stream().map(ContractSummary::id).toList());
        assertThat(second.items()).allSatisfy(c -> assertThat(c.buyerId()).isEqualTo(buyer.buyerId()));
        assertThat(second.total()).isEqualTo(first.total());
    }

    @Test
    void anOperatorsPagesLeaveOutABuyersOwnDraftAddressedToItsCooperative() {
        var buyer = user("buyer");
        var operator = user("operator");
        long draft = registry.createRfq(buyer, ContractFixtures.rfq(buyer.buyerId(), operator.cooperativeId(), 10, 2));

        var pages = search.list(operator, ContractFilter.ALL, 1, 2);
        var everything = search.list(operator, ContractFilter.ALL, 0, 200);

        assertThat(everything.items()).extracting(ContractSummary::id).doesNotContain(draft);
        assertThat(pages.items()).allSatisfy(c -> assertThat(c.cooperativeId()).isEqualTo(operator.cooperativeId()));
        assertThat(everything.total()).isEqualTo(everything.items().size());
    }

    @Test
    void aStatusFilterHoldsOnTheSecondPage() {
        var admin = user("admin");
        var awarded = new ContractFilter(ContractStatus.AWARDED, null, false);

        var second = search.list(admin, awarded, 1, 1);

        assertThat(second.items()).allSatisfy(c -> assertThat(c.status()).isEqualTo(ContractStatus.AWARDED));
    }
}
