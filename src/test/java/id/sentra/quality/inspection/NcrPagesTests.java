package id.sentra.quality.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;

/** The non-conformance list one page at a time: newest first, each page in the reader's scope. */
@SentraIntegrationTest
class NcrPagesTests {

    @Autowired NcrBook ncrs;
    @Autowired Accounts accounts;

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void theSecondPageOfAnOperatorShowsItsCooperativesNextReports() {
        var operator = user("operator");
        var all = ncrs.list(operator).stream().map(NcrView::id).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(4);

        var second = ncrs.list(operator, PageRequest.of(1, 2));

        assertThat(second.getContent()).extracting(NcrView::id).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(second.getContent()).allSatisfy(n -> assertThat(n.cooperativeId()).isEqualTo(operator.cooperativeId()));
    }

    @Test
    void aMembersPagesHoldOnlyItsOwnReports() {
        var member = user("member");
        var all = ncrs.list(member).stream().map(NcrView::id).toList();

        var second = ncrs.list(member, PageRequest.of(1, 1));

        assertThat(second.getContent()).extracting(NcrView::id).containsExactlyElementsOf(all.stream().skip(1).limit(1).toList());
        assertThat(second.getContent()).allSatisfy(n -> assertThat(n.memberId()).isEqualTo(member.memberId()));
    }
}
