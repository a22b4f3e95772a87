package id.sentra.demand.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.demand.ContractAction;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractStateException;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;

/** The buyer releases a quantity of one line for delivery in one month. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
class CallOffController {

    private final ContractSearch search;
    private final ContractRegistry registry;
    private final java.time.Clock clock;

    CallOffController(ContractSearch search, ContractRegistry registry, java.time.Clock clock) {
        this.search = search;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/contracts/{id}/call-off")
    String form(@PathVariable long id, @RequestParam(defaultValue = "1") int line, Model model) {
        var contract = search.get(CurrentUser.require(), id);
        if (!contract.can(ContractAction.CALL_OFF)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the buyer calls off an awarded contract");
        }
        var form = new CallOffForm();
        form.setVersion(contract.version());
        form.setLineNo(line);
        form.setPeriod(java.time.YearMonth.now(clock).toString());
        model.addAttribute("form", form);
        return view(model, id);
    }

    @PostMapping("/contracts/{id}/call-offs")
    String submit(@PathVariable long id, @ModelAttribute("form") CallOffForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        search.requireBuyerSide(CurrentUser.require(), id);
        var details = binding.hasErrors() ? null : form.toDetails(binding);
        if (details == null) {
            return view(model, id);
        }
        try {
            registry.callOff(CurrentUser.require(), id, form.getVersion(), details);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/contracts/" + id;
        } catch (InvalidInputException e) {
            DemandFormErrors.reject(binding, e);
            return view(model, id);
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
            return view(model, id);
        } catch (ContractStateException e) {
            return ContractActionController.refused(id, e, redirect);
        }
    }

    private String view(Model model, long id) {
        model.addAttribute("contract", search.get(CurrentUser.require(), id));
        return "contracts/call-off";
    }
}
