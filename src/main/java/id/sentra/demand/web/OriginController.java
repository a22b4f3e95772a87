package id.sentra.demand.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.demand.ContractAction;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractStateException;
import id.sentra.demand.PriorSource;
import id.sentra.demand.ProductFamily;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;

/**
 * The buyer or the supplying cooperative records where a line's product came from before (imported, a large
 * domestic industry, new) and its family, on a contract in any status: the ministry's import-substitution figures.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
class OriginController {

    private final ContractSearch search;
    private final ContractRegistry registry;

    OriginController(ContractSearch search, ContractRegistry registry) {
        this.search = search;
        this.registry = registry;
    }

    @GetMapping("/contracts/{id}/lines/{lineNo}/origin")
    String form(@PathVariable long id, @PathVariable int lineNo, Model model) {
        var contract = search.get(CurrentUser.require(), id);
        if (!contract.can(ContractAction.RECORD_ORIGIN)) {
            throw new AccessDeniedException("Only the buyer or the supplying cooperative records a prior source");
        }
        var line = contract.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("contract line", lineNo));
        model.addAttribute("form", OriginForm.from(line.origin(), contract.version()));
        return view(model, id, lineNo);
    }

    @PostMapping("/contracts/{id}/lines/{lineNo}/origin")
    String submit(@PathVariable long id, @PathVariable int lineNo, @ModelAttribute("form") OriginForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        search.get(CurrentUser.require(), id);
        if (binding.hasErrors()) {
            return view(model, id, lineNo);
        }
        try {
            registry.recordOrigin(CurrentUser.require(), id, form.getVersion(), lineNo, form.toOrigin());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/contracts/" + id + "#line-" + lineNo;
        } catch (InvalidInputException e) {
            DemandFormErrors.reject(binding, e);
            return view(model, id, lineNo);
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
            return view(model, id, lineNo);
        } catch (ContractStateException e) {
            return ContractActionController.refused(id, e, redirect);
        }
    }

    private String view(Model model, long id, int lineNo) {
        model.addAttribute("contract", search.get(CurrentUser.require(), id));
        model.addAttribute("lineNo", lineNo);
        model.addAttribute("productFamilyChoices", ProductFamily.values());
        model.addAttribute("priorSourceChoices", PriorSource.values());
        return "contracts/origin";
    }
}
