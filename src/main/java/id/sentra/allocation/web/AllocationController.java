package id.sentra.allocation.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.allocation.AllocationService;
import id.sentra.allocation.AlreadyPublishedException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;

/** The operator's allocation pages: settings, the explained plan, pins and re-optimisation, publication. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
class AllocationController {

    private final AllocationService allocations;

    AllocationController(AllocationService allocations) {
        this.allocations = allocations;
    }

    @GetMapping("/contracts/{id}/allocation")
    String settings(@PathVariable long id, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var plans = allocations.plans(user, id);
        model.addAttribute("contractId", id);
        model.addAttribute("plans", plans);
        model.addAttribute("published", allocations.isPublished(id));
        if (!plans.isEmpty()) {
            return "redirect:/allocations/" + plans.get(0).getId();
        }
        var contract = allocations.contract(user, id);
        if (!allocations.acceptsAllocation(contract)) {
            // A closed, cancelled or not yet awarded contract: back to it, saying why, instead of an error page.
            redirect.addFlashAttribute("refusedAction", "alloc.open");
            redirect.addFlashAttribute("refusedStatus", contract.status().messageKey());
            return "redirect:/contracts/" + id;
        }
        model.addAttribute("contract", contract);
        model.addAttribute("lines", contract.lines());
        model.addAttribute("defaults", allocations.defaultRules(contract));
        model.addAttribute("form", new AllocationForm());
        return "allocation/start";
    }

    @PostMapping("/contracts/{id}/allocation")
    String propose(@PathVariable long id, @ModelAttribute("form") AllocationForm form,
                   org.springframework.validation.BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("invalidSettings", true);
            var plans = allocations.plans(CurrentUser.require(), id);
            return plans.isEmpty() ? "redirect:/contracts/" + id + "/allocation" : "redirect:/allocations/" + plans.get(0).getId();
        }
        try {
            return "redirect:/allocations/" + allocations.propose(CurrentUser.require(), id, form.toSettings());
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
            return "redirect:/contracts/" + id;
        }
    }

    @GetMapping("/allocations/{planId}")
    String plan(@PathVariable long planId, Model model) {
        var page = allocations.page(CurrentUser.require(), planId);
        model.addAttribute("page", page);
        model.addAttribute("form", AllocationForm.from(page.allocation().settings()));
        model.addAttribute("published", allocations.isPublished(page.contract().id()));
        model.addAttribute("lines", page.contract().lines());
        model.addAttribute("defaults", allocations.defaultRules(page.contract()));
        model.addAttribute("lineLabels", page.problem().lines().stream()
                .collect(java.util.stream.Collectors.toMap(l -> l.key(), l -> l.label())));
        model.addAttribute("memberNames", page.plan().members().stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.memberId(), m -> m.name())));
        return "allocation/plan";
    }

    @PostMapping("/allocations/{planId}/publish")
    String publish(@PathVariable long planId, @RequestParam int version, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("publishedCount", allocations.publish(CurrentUser.require(), planId, version));
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("stale", true);
        } catch (AlreadyPublishedException e) {
            redirect.addFlashAttribute("alreadyPublished", true);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/allocations/" + planId;
    }
}
