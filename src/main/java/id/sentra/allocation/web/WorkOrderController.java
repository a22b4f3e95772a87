package id.sentra.allocation.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.allocation.AllocationService;
import id.sentra.allocation.WorkOrderProgress;
import id.sentra.allocation.WorkOrderStateException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;

/** Work orders: a member sees its own, with its own prices; an operator its cooperative's. */
@Controller
class WorkOrderController {

    private final AllocationService allocations;
    private final WorkOrderProgress progress;
    private final id.sentra.registry.RegistryNames names;

    WorkOrderController(AllocationService allocations, WorkOrderProgress progress, id.sentra.registry.RegistryNames names) {
        this.allocations = allocations;
        this.progress = progress;
        this.names = names;
    }

    @GetMapping("/work-orders")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var slice = allocations.workOrders(CurrentUser.require(), id.sentra.platform.web.Pager.page(page));
        var orders = slice.getContent();
        id.sentra.platform.web.Pager.links(model, slice);
        model.addAttribute("orders", orders);
        model.addAttribute("memberNames", names.members(orders.stream().map(o -> o.memberId()).distinct().toList()));
        return "allocation/work-orders";
    }

    @PostMapping("/work-orders/{id}/start")
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    String start(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return move(redirect, () -> progress.startProduction(CurrentUser.require(), id, version));
    }

    @PostMapping("/work-orders/{id}/inspected")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String inspected(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return move(redirect, () -> progress.markInspected(CurrentUser.require(), id, version));
    }

    @PostMapping("/work-orders/{id}/ship")
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    String ship(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return move(redirect, () -> progress.ship(CurrentUser.require(), id, version));
    }

    /** A refused move comes back to the list with the reason, so nobody is left on an error page. */
    private static String move(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("moved", true);
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("stale", true);
        } catch (WorkOrderStateException e) {
            redirect.addFlashAttribute("refusedFrom", e.current().messageKey());
            redirect.addFlashAttribute("refusedTo", e.wanted().messageKey());
        }
        return "redirect:/work-orders";
    }
}
