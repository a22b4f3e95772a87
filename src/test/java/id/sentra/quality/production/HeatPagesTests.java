package id.sentra.quality.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.HeatRecord;

/** The heat list one page at a time: newest first, each page in the reader's scope, with links between pages. */
@SentraIntegrationTest
class HeatPagesTests {

    @Autowired HeatBook heats;
    @Autowired Accounts accounts;
    @Autowired MockMvc mvc;

    private SentraUser account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void theSecondPageOfAMemberShowsItsNextOwnHeats() {
        var member = account("member");
        var all = heats.list(member).stream().map(HeatRecord::id).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(10);

        var second = heats.list(member, PageRequest.of(1, 5));

        assertThat(second.getContent()).extracting(HeatRecord::id).containsExactlyElementsOf(all.subList(5, 10));
        assertThat(second.getContent()).allSatisfy(h -> assertThat(h.memberId()).isEqualTo(member.memberId()));
    }

    @Test
    void theSecondPageOfAnOperatorHoldsOnlyItsCooperativesHeats() {
        var operator = account("operator");
        var first = heats.list(operator, PageRequest.of(0, 20)).getContent();
        var second = heats.list(operator, PageRequest.of(1, 10));

        assertThat(second.getContent()).extracting(HeatRecord::id)
                .containsExactlyElementsOf(first.subList(10, 20).stream().map(HeatRecord::id).toList());
        assertThat(second.getContent()).allSatisfy(h -> assertThat(h.cooperativeId()).isEqualTo(operator.cooperativeId()));
    }

    @Test
    void theHeatPageLinksToThePreviousAndNextPage() throws Exception {
        var operator = account("operator");
        var fiftyFirst = heats.list(operator, PageRequest.of(1, 50)).getContent().getFirst();

        var html = mvc.perform(get("/heats").param("page", "1").with(user(operator))).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("href=\"/heats\"").contains("href=\"/heats?page=2\"").contains(fiftyFirst.heatNumber());
    }
}
