package id.sentra.allocation.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.sentra.allocation.AllocationService;
import id.sentra.platform.security.CurrentUser;

/** Work orders: a member sees its own, with its own prices; an operator its cooperative's. */
@Controller
class WorkOrderController {

    private final AllocationService allocations;
    private final id.sentra.registry.RegistryNames names;

    WorkOrderController(AllocationService allocations, id.sentra.registry.RegistryNames names) {
        this.allocations = allocations;
        this.names = names;
    }

    @GetMapping("/work-orders")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String list(Model model) {
        var orders = allocations.workOrders(CurrentUser.require());
        model.addAttribute("orders", orders);
        model.addAttribute("memberNames", names.members(orders.stream().map(o -> o.memberId()).distinct().toList()));
        return "allocation/work-orders";
    }
}
