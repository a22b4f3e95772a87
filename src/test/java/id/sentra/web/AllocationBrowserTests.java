package id.sentra.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sentra.BrowserTest;
import id.sentra.allocation.AwardedContracts;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.platform.security.Accounts;

/**
 * The operator splits an awarded contract: computes a plan, raises the fairness weight and sees
 * what fairness costs, pins a member's quantity, publishes; the member sees its work order; the
 * buyer sees nothing of the split.
 */
class AllocationBrowserTests extends BrowserTest {

    @Autowired ContractRegistry registry;
    @Autowired ContractSearch search;
    @Autowired Accounts accounts;

    /** Solving a plan takes seconds, more than a click usually waits for. */
    private void waitForPlan() {
        page.waitForURL(java.util.regex.Pattern.compile(".*/allocations/\\d+"), new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(120_000));
    }

    @Test
    void theOperatorAllocatesPinsAndPublishesAndTheMemberSeesItsWorkOrder() {
        var contracts = new AwardedContracts(registry, search, accounts);
        long contract = contracts.greyIron("PERAMBAN-1", 300, "45.000");
        long member = contracts.user("member").memberId();
        signInAs("operator");

        page.navigate(url("/contracts/" + contract + "/allocation"));
        page.locator("#fairnessPerKg").fill("0");
        page.locator("#propose").click();
        waitForPlan();
        assertThat(page.locator("#cost-of-fairness")).hasText("Rp 0");
        String unfairDeviation = page.locator("#deviation").textContent();

        page.locator("#fairnessPerKg").fill("3000");
        page.locator("#reoptimise").click();
        waitForPlan();
        assertThat(page.locator("#cost-of-fairness")).not().hasText("Rp 0");
        assertThat(Long.parseLong(page.locator("#deviation").textContent().replace(".", "")))
                .isLessThan(Long.parseLong(unfairDeviation.replace(".", "")));

        page.locator("#pin-member").selectOption(String.valueOf(member));
        page.locator("#pin-month").selectOption("2027-01");
        page.locator("#pin-pieces").fill("40");
        page.locator("#reoptimise").click();
        waitForPlan();
        assertThat(page.locator(".pin")).containsText("40 buah pada 2027-01");
        assertThat(page.locator("#member-plan")).containsText(search.get(contracts.user("admin"), contract).lines().get(0)
                .specification().partName().substring(0, 5));

        page.locator("#publish").click();
        assertThat(page.locator("#published-count")).isVisible();
        String planUrl = page.url();

        signInAs("member");
        page.navigate(url("/work-orders"));
        assertThat(page.locator("#work-order-table")).containsText("Tutup manhole uji");

        signInAs("buyer");
        page.navigate(planUrl);
        assertThat(page.locator("#error-403")).isVisible();
    }
}
