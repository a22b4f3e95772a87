package id.sentra.demo;

import java.util.List;

import org.springframework.stereotype.Component;

import id.sentra.allocation.Allocation;
import id.sentra.allocation.AllocationService;
import id.sentra.allocation.LineRule;
import id.sentra.demand.ContractFilter;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractStatus;
import id.sentra.platform.security.SentraUser;

/**
 * Allocates and publishes every awarded demo contract, so members have work orders to see. The
 * sleeves go to the one member with a spectrometer (their chemistry certificate needs it), so that
 * line allows the whole month to one member; the others keep the defaults.
 */
@Component
class DemoAllocations {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoAllocations.class);

    /** Rupiah per kilogram away from the fair share: enough to spread work without doubling the cost. */
    static final long FAIRNESS = 1_500;

    private final ContractSearch contracts;
    private final AllocationService allocations;

    DemoAllocations(ContractSearch contracts, AllocationService allocations) {
        this.contracts = contracts;
        this.allocations = allocations;
    }

    void allocate(SentraUser system) {
        var awarded = contracts.list(system, ContractFilter.ALL, 0, 200).items().stream()
                .filter(c -> c.status() == ContractStatus.AWARDED || c.status() == ContractStatus.IN_PRODUCTION)
                .toList();
        for (var contract : awarded) {
            long started = System.nanoTime();
            var view = allocations.contract(system, contract.id());
            var rules = view.lines().stream().map(line -> line.specification().partName().startsWith("Cylinder sleeve")
                    ? new LineRule(line.lineNo(), 50, 100)
                    : allocations.defaultRules(view).stream().filter(r -> r.lineNo() == line.lineNo()).findFirst().orElseThrow())
                    .toList();
            long plan = allocations.propose(system, contract.id(), new Allocation.Settings(FAIRNESS, rules, List.of()));
            var page = allocations.page(system, plan);
            if (!page.complete()) {
                // As an operator would: lift the supply-risk cap before accepting a shortfall.
                var lifted = rules.stream().map(r -> new LineRule(r.lineNo(), r.minLot(), 100)).toList();
                plan = allocations.propose(system, contract.id(), new Allocation.Settings(FAIRNESS, lifted, List.of()));
                page = allocations.page(system, plan);
            }
            if (page.complete()) {
                allocations.publish(system, plan, page.allocation().version());
            }
            log.info("Demo allocation of {}: plan {} {} in {} ms", contract.reference(), plan,
                    page.complete() ? "published" : "left as a draft (demand not met)", (System.nanoTime() - started) / 1_000_000);
        }
    }
}
