package id.sentra.demand.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.demand.CertificateType;
import id.sentra.demand.ContractAction;
import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractStatus;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.security.Role;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** Contract and RFQ pages: the list with its warnings, the detail, and the RFQ form for a new or a draft RFQ. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
class ContractController {

    static final int PAGE_SIZE = 25;

    private final ContractSearch search;
    private final ContractRegistry registry;
    private final CooperativeDirectory cooperatives;
    private final ContractCharts charts;
    private final org.springframework.beans.factory.ObjectProvider<id.sentra.demand.ContractTkdn> tkdn;
    private final Periods periods;
    private final Clock clock;

    ContractController(ContractSearch search, ContractRegistry registry, CooperativeDirectory cooperatives, ContractCharts charts,
                       org.springframework.beans.factory.ObjectProvider<id.sentra.demand.ContractTkdn> tkdn, Periods periods,
                       Clock clock) {
        this.tkdn = tkdn;
        this.periods = periods;
        this.clock = clock;
        this.search = search;
        this.registry = registry;
        this.cooperatives = cooperatives;
        this.charts = charts;
    }

    @GetMapping("/contracts")
    String list(@ModelAttribute("query") ContractQuery query, Model model,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        var user = CurrentUser.require();
        model.addAttribute("results", search.list(user, query.toFilter(), query.pageOrFirst(), PAGE_SIZE));
        model.addAttribute("buyerChoices", user.is(Role.BUYER) ? List.of() : search.buyerChoices(user));
        model.addAttribute("statusChoices", ContractStatus.values());
        return htmx != null ? "contracts/list :: results" : "contracts/list";
    }

    @GetMapping("/contracts/{id}")
    String detail(@PathVariable long id, Model model) {
        var user = CurrentUser.require();
        var contract = search.get(user, id);
        model.addAttribute("contract", contract);
        model.addAttribute("charts", charts.perLine(contract));
        model.addAttribute("schedules", ScheduleRows.of(contract, periods, LocalDate.now(clock), LocaleContextHolder.getLocale()));
        var figures = tkdn.getIfAvailable();
        // The contract as just read: its TKDN does not read the contract, its buyer and cooperative a second time.
        model.addAttribute("tkdn", figures == null ? null : figures.standing(user, contract));
        return "contracts/detail";
    }

    @GetMapping("/contracts/new")
    String newForm(Model model) {
        var user = CurrentUser.require();
        var form = new ContractForm();
        form.setBuyerId(user.buyerId());
        form.setCooperativeId(user.cooperativeId());
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/contracts")
    String create(@ModelAttribute("form") ContractForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        var details = binding.hasErrors() ? null : form.toDetails(binding);
        if (details == null) {
            return formView(model, null);
        }
        try {
            long id = registry.createRfq(CurrentUser.require(), details);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/contracts/" + id;
        } catch (InvalidInputException e) {
            DemandFormErrors.reject(binding, e);
            return formView(model, null);
        }
    }

    @GetMapping("/contracts/{id}/edit")
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        search.requireBuyerSide(user, id);
        var contract = search.get(user, id);
        if (!contract.can(ContractAction.EDIT)) {
            return ContractActionController.refused(id,
                    new id.sentra.demand.ContractStateException(id, ContractAction.EDIT, contract.status()), redirect);
        }
        model.addAttribute("form", ContractForm.from(contract));
        return formView(model, id);
    }

    @PostMapping("/contracts/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ContractForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        search.requireBuyerSide(CurrentUser.require(), id);
        var details = binding.hasErrors() ? null : form.toDetails(binding);
        if (details == null) {
            return formView(model, id);
        }
        try {
            registry.revise(CurrentUser.require(), id, form.getVersion(), details);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/contracts/" + id;
        } catch (InvalidInputException e) {
            DemandFormErrors.reject(binding, e);
            return formView(model, id);
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
            return formView(model, id);
        } catch (id.sentra.demand.ContractStateException e) {
            return ContractActionController.refused(id, e, redirect);
        }
    }

    private String formView(Model model, @Nullable Long contractId) {
        var user = CurrentUser.require();
        model.addAttribute("contractId", contractId);
        model.addAttribute("buyerChoices", user.is(Role.BUYER) ? List.of() : search.buyerChoices(user));
        model.addAttribute("cooperativeChoices", user.is(Role.OPERATOR) ? List.of() : cooperatives.cooperatives());
        model.addAttribute("certificateChoices", CertificateType.values());
        model.addAttribute("materialChoices", MaterialFamily.values());
        model.addAttribute("processChoices", Process.values());
        model.addAttribute("productFamilyChoices", id.sentra.demand.ProductFamily.values());
        model.addAttribute("priorSourceChoices", id.sentra.demand.PriorSource.values());
        return "contracts/form";
    }
}
