package id.sentra.demo;

import org.springframework.stereotype.Component;

/** The demo's later steps, each building on what the registry steps loaded: logins, contracts, plans, specifications, production. */
@Component
record DemoSteps(DemoAccounts accounts, DemoContracts contracts, DemoAllocations allocations,
                 DemoSpecifications specifications, DemoQuality quality,
                 DemoInspections inspections, DemoTkdn tkdn) {
}
