package id.sentra.demand.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractSummary;
import id.sentra.platform.CursorWalk;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.ApiTokens;
import tools.jackson.databind.json.JsonMapper;

/** The contract warnings of the API one bounded page at a time: every contract needing attention exactly once. */
@SentraIntegrationTest
class WarningListPagingTests {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired ContractSearch contracts;

    @Test
    void pagesServeEveryContractWithAWarningExactlyOnceNewestFirst() throws Exception {
        var admin = accounts.findByUsername("admin").orElseThrow();
        var expected = contracts.withWarnings(admin).stream().map(ContractSummary::id).sorted(java.util.Comparator.reverseOrder()).toList();
        assertThat(expected).hasSizeGreaterThan(1);
        String token = "Bearer " + tokens.issue(admin.accountId(), "paging").token();
        var served = CursorWalk.ids(mvc, json, token, "/api/v1/contracts/warnings", 1);
        assertThat(new HashSet<>(served)).hasSameSizeAs(served);
        assertThat(served).containsExactlyElementsOf(expected);
    }
}
