package id.sentra.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.sentra.SentraIntegrationTest;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.platform.security.Accounts;

/** The allocation page of a contract that is no longer being allocated answers with a page, not an error. */
@SentraIntegrationTest
class ClosedContractAllocationTests {

    @Autowired MockMvc mvc;
    @Autowired AllocationService allocations;
    private final ContractRegistry registry;
    private final ContractSearch search;
    private final AwardedContracts contracts;

    @Autowired
    ClosedContractAllocationTests(ContractRegistry registry, ContractSearch search, Accounts accounts) {
        this.registry = registry;
        this.search = search;
        this.contracts = new AwardedContracts(registry, search, accounts);
    }

    private void close(long contract) {
        var operator = contracts.user("operator");
        registry.startProduction(operator, contract, search.get(operator, contract).version());
        registry.close(operator, contract, search.get(operator, contract).version(), null);
    }

    @Test
    void aClosedContractWithoutPlanSendsTheOperatorBackToTheContractSayingWhy() throws Exception {
        long contract = contracts.greyIron("TUTUP-1", 100, "20.000");
        close(contract);

        mvc.perform(get("/contracts/" + contract + "/allocation").with(user(contracts.user("operator"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/contracts/" + contract))
                .andExpect(flash().attribute("refusedAction", "alloc.open"))
                .andExpect(flash().attribute("refusedStatus", "enum.ContractStatus.CLOSED"));
    }

    @Test
    void aClosedContractsPlanStaysReadable() throws Exception {
        var operator = contracts.user("operator");
        long contract = contracts.greyIron("TUTUP-2", 100, "20.000");
        long plan = allocations.propose(operator, contract, new Allocation.Settings(1_000, List.of(), List.of()));
        close(contract);

        mvc.perform(get("/contracts/" + contract + "/allocation").with(user(operator)))
                .andExpect(redirectedUrl("/allocations/" + plan));
        var html = mvc.perform(get("/allocations/" + plan).with(user(operator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("TUTUP-2");
    }
}
