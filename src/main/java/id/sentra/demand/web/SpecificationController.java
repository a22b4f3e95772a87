package id.sentra.demand.web;

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
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** The buyer changes what one line asks for (e.g. metallic to composite brake blocks); the cooperative is warned. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
class SpecificationController {

    private final ContractSearch search;
    private final ContractRegistry registry;

    SpecificationController(ContractSearch search, ContractRegistry registry) {
        this.search = search;
        this.registry = registry;
    }

    @GetMapping("/contracts/{id}/lines/{lineNo}/specification")
    String form(@PathVariable long id, @PathVariable int lineNo, Model model) {
        var contract = search.get(CurrentUser.require(), id);
        if (!contract.can(ContractAction.CHANGE_SPECIFICATION)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the buyer changes a specification");
        }
        var line = contract.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("contract line", lineNo));
        model.addAttribute("form", SpecificationForm.from(line.specification(), contract.version()));
        return view(model, id, lineNo);
    }

    @PostMapping("/contracts/{id}/lines/{lineNo}/specification")
    String submit(@PathVariable long id, @PathVariable int lineNo, @ModelAttribute("form") SpecificationForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        search.requireBuyerSide(CurrentUser.require(), id);
        if (binding.hasErrors()) {
            return view(model, id, lineNo);
        }
        try {
            registry.changeSpecification(CurrentUser.require(), id, form.getVersion(), lineNo, form.toSpecification(), form.getReason());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/contracts/" + id;
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
        model.addAttribute("materialChoices", MaterialFamily.values());
        model.addAttribute("processChoices", Process.values());
        return "contracts/specification";
    }
}
