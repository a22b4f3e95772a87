package id.sentra.registry.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.web.FormErrors;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.AuditTrail;
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.security.Role;
import id.sentra.registry.CapacityUnit;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.FurnaceType;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberFilter;
import id.sentra.registry.MemberRegistry;
import id.sentra.registry.MemberSearch;
import id.sentra.registry.Process;

/** Member pages: the searchable list, the capability profile, the create and edit forms, deactivation. */
@Controller
class MemberController {

    static final int PAGE_SIZE = 25;

    private final MemberSearch search;
    private final MemberRegistry registry;
    private final CooperativeDirectory directory;
    private final AuditTrail audit;
    private final MessageSource messages;

    MemberController(MemberSearch search, MemberRegistry registry, CooperativeDirectory directory, AuditTrail audit,
                     MessageSource messages) {
        this.search = search;
        this.registry = registry;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/members")
    @PreAuthorize("!hasRole('MEMBER')")
    String list(@ModelAttribute("query") MemberQuery query, BindingResult binding, Model model, Locale locale,
                @RequestHeader(name = "HX-Request", required = false) String htmx) {
        var user = CurrentUser.require();
        // A filter that did not convert is null in the query: the list shows it and searches with the others. Spring
        // leaves the model's "query" empty when binding failed, so the page gets the query the search uses.
        model.addAttribute("filterProblems", FilterProblem.of(binding, messages, locale));
        model.addAttribute("query", query);
        var listing = search.listing(user, query.toFilter(), query.pageOrFirst(), PAGE_SIZE);
        model.addAttribute("results", listing.results());
        model.addAttribute("kabupatens", listing.kabupatens());
        model.addAttribute("internal", !user.is(Role.BUYER) && !user.is(Role.MINISTRY));
        addChoices(model);
        return htmx != null ? "members/list :: results" : "members/list";
    }

    @GetMapping("/members/{id}")
    String profile(@PathVariable long id, Model model) {
        var user = CurrentUser.require();
        var profile = registry.profile(user, id);
        model.addAttribute("profile", profile);
        model.addAttribute("cooperative", directory.cooperative(profile.cooperativeId()).orElse(null));
        model.addAttribute("canEdit", profile.internal());
        model.addAttribute("canManage", user.is(Role.ADMIN) || user.is(Role.OPERATOR) && profile.internal());
        return "members/profile";
    }

    @GetMapping("/members/{id}/history")
    String history(@PathVariable long id, Model model) {
        var profile = registry.profile(CurrentUser.require(), id);
        if (!profile.internal()) {
            throw new org.springframework.security.access.AccessDeniedException("History is internal");
        }
        model.addAttribute("profile", profile);
        model.addAttribute("entries", audit.history("member", id));
        return "members/history";
    }

    @GetMapping("/members/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String newForm(Model model) {
        var form = new MemberForm();
        form.setCooperativeId(CurrentUser.require().cooperativeId());
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping("/members")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String create(@ModelAttribute("form") MemberForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        var user = CurrentUser.require();
        Long cooperative = user.is(Role.ADMIN) ? form.getCooperativeId() : user.cooperativeId();
        if (cooperative == null) {
            binding.rejectValue("cooperativeId", "field.required");
        }
        if (binding.hasErrors()) {
            return formView(model, null);
        }
        try {
            long id = registry.register(user, cooperative, form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/members/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return formView(model, null);
        }
    }

    @GetMapping("/members/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        var profile = registry.profile(CurrentUser.require(), id);
        if (!profile.internal()) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to edit");
        }
        model.addAttribute("form", MemberForm.from(profile));
        return formView(model, id);
    }

    @PostMapping("/members/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formView(model, id);
        }
        try {
            registry.revise(CurrentUser.require(), id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/members/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return formView(model, id);
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
            return formView(model, id);
        }
    }

    @PostMapping("/members/{id}/deactivate")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String deactivate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return changeStatus(id, redirect, () -> registry.deactivate(CurrentUser.require(), id, version));
    }

    @PostMapping("/members/{id}/reactivate")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String reactivate(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return changeStatus(id, redirect, () -> registry.reactivate(CurrentUser.require(), id, version));
    }

    private static String changeStatus(long id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/members/" + id;
    }

    private String formView(Model model, Long memberId) {
        model.addAttribute("memberId", memberId);
        model.addAttribute("cooperatives", CurrentUser.require().is(Role.ADMIN) ? directory.cooperatives() : List.of());
        addChoices(model);
        return "members/form";
    }

    private static void addChoices(Model model) {
        model.addAttribute("processChoices", Process.values());
        model.addAttribute("materialChoices", MaterialFamily.values());
        model.addAttribute("equipmentChoices", EquipmentKind.values());
        model.addAttribute("furnaceChoices", FurnaceType.values());
        model.addAttribute("certificationChoices", CertificationKind.values());
        model.addAttribute("unitChoices", CapacityUnit.values());
        model.addAttribute("statusChoices", MemberFilter.Status.values());
    }
}
