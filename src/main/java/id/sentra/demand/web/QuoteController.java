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
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;

/** The cooperative's answer to an RFQ: a price per line, lead time and the capacity it commits. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
class QuoteController {

    private final ContractSearch search;
    private final ContractRegistry registry;

    QuoteController(ContractSearch search, ContractRegistry registry) {
        this.search = search;
        this.registry = registry;
    }

    @GetMapping("/contracts/{id}/quote")
    String form(@PathVariable long id, Model model) {
        var contract = search.get(CurrentUser.require(), id);
        if (!contract.can(ContractAction.QUOTE)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the addressed cooperative quotes an open RFQ");
        }
        var form = new QuoteForm();
        form.setVersion(contract.version());
        contract.lines().forEach(line -> form.getUnitPrices().add(line.unitPrice() == null ? null : line.unitPrice().amount()));
        model.addAttribute("form", form);
        return view(model, id);
    }

    @PostMapping("/contracts/{id}/quotes")
    String submit(@PathVariable long id, @ModelAttribute("form") QuoteForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        search.requireSupplierSide(CurrentUser.require(), id);
        if (binding.hasErrors()) {
            return view(model, id);
        }
        try {
            registry.quote(CurrentUser.require(), id, form.getVersion(), form.toDetails());
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
        var contract = search.get(CurrentUser.require(), id);
        if (model.getAttribute("form") instanceof QuoteForm form) {
            // One price field per line, even when a posted form left some out.
            while (form.getUnitPrices().size() < contract.lines().size()) {
                form.getUnitPrices().add(null);
            }
        }
        model.addAttribute("contract", contract);
        return "contracts/quote";
    }
}
