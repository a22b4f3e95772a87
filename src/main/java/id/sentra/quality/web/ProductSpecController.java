package id.sentra.quality.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
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

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.security.Role;
import id.sentra.platform.web.FormErrors;
import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.Element;
import id.sentra.quality.SamplingTerms;
import id.sentra.quality.sampling.Aql;
import id.sentra.quality.sampling.InspectionLevel;
import id.sentra.quality.spec.GradeLibrary;
import id.sentra.quality.spec.ProductSpecCatalog;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.CooperativeDirectory;

/** Product specification pages: the list in the person's scope, one specification with its history, new and revise. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
class ProductSpecController {

    private final ProductSpecCatalog catalog;
    private final GradeLibrary library;
    private final CooperativeDirectory cooperatives;
    private final BuyerDirectory buyers;
    private final Clock clock;

    ProductSpecController(ProductSpecCatalog catalog, GradeLibrary library, CooperativeDirectory cooperatives,
                          BuyerDirectory buyers, Clock clock) {
        this.catalog = catalog;
        this.library = library;
        this.cooperatives = cooperatives;
        this.buyers = buyers;
        this.clock = clock;
    }

    @GetMapping("/specifications")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var user = CurrentUser.require();
        var slice = catalog.list(user, id.sentra.platform.web.Pager.page(page));
        id.sentra.platform.web.Pager.links(model, slice);
        model.addAttribute("specs", slice.getContent());
        model.addAttribute("canCreate", !user.is(Role.MEMBER));
        model.addAttribute("today", LocalDate.now(clock));
        return "quality/specs";
    }

    @GetMapping("/specifications/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) @Nullable Integer revision, Model model) {
        var user = CurrentUser.require();
        var spec = catalog.get(user, id);
        var today = LocalDate.now(clock);
        var shown = revision == null ? spec.inForceOn(today).orElse(spec.latest())
                : spec.revisions().stream().filter(r -> r.revisionNo() == revision).findFirst()
                        .orElseThrow(() -> new RecordNotFoundException("revision", revision));
        model.addAttribute("spec", spec);
        model.addAttribute("shown", shown);
        model.addAttribute("inForce", spec.inForceOn(today).orElse(null));
        model.addAttribute("grade", library.grade(shown.content().gradeCode()).orElse(null));
        model.addAttribute("loadClass", shown.content().loadClass() == null ? null : library.loadClass(shown.content().loadClass()).orElse(null));
        model.addAttribute("canRevise", catalog.canRevise(user, spec));
        model.addAttribute("today", today);
        return "quality/spec";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
    @GetMapping("/specifications/new")
    String newForm(Model model) {
        var user = CurrentUser.require();
        var form = new SpecificationForm();
        form.setCooperativeId(user.cooperativeId());
        form.setBuyerId(user.buyerId());
        form.setEffectiveFrom(LocalDate.now(clock));
        model.addAttribute("form", form.withEmptyRows());
        return formView(model, null);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
    @PostMapping("/specifications")
    String create(@ModelAttribute("form") SpecificationForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        form.compact();
        var request = form.toRequest(binding);
        if (request == null) {
            form.withEmptyRows();
            return formView(model, null);
        }
        try {
            long id = catalog.create(CurrentUser.require(), form.toNew(request));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/specifications/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e, SpecificationForm::formField);
            form.withEmptyRows();
            return formView(model, null);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
    @GetMapping("/specifications/{id}/revise")
    String reviseForm(@PathVariable long id, Model model) {
        var spec = catalog.get(CurrentUser.require(), id);
        if (!catalog.canRevise(CurrentUser.require(), spec)) {
            throw new org.springframework.security.access.AccessDeniedException("You may not revise specification " + id);
        }
        model.addAttribute("form", SpecificationForm.revising(spec, LocalDate.now(clock)));
        return formView(model, id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
    @PostMapping("/specifications/{id}/revisions")
    String revise(@PathVariable long id, @ModelAttribute("form") SpecificationForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        var spec = catalog.get(CurrentUser.require(), id);
        if (!catalog.canRevise(CurrentUser.require(), spec)) {
            throw new org.springframework.security.access.AccessDeniedException("You may not revise specification " + id);
        }
        form.compact();
        var request = form.toRequest(binding);
        if (request == null) {
            form.withEmptyRows();
            return formView(model, id);
        }
        try {
            int revisionNo = catalog.revise(CurrentUser.require(), id, form.getVersion(), request);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/specifications/" + id + "?revision=" + revisionNo;
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e, SpecificationForm::formField);
            form.withEmptyRows();
            return formView(model, id);
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
            form.withEmptyRows();
            return formView(model, id);
        }
    }

    private String formView(Model model, @Nullable Long specId) {
        var user = CurrentUser.require();
        if (specId != null) {
            model.addAttribute("spec", catalog.get(user, specId));
        }
        model.addAttribute("specId", specId);
        model.addAttribute("cooperativeChoices", user.is(Role.OPERATOR) ? List.of() : cooperatives.cooperatives());
        model.addAttribute("buyerChoices", user.is(Role.BUYER) ? List.of() : buyers.list(user));
        model.addAttribute("grades", library.grades());
        model.addAttribute("loadClasses", library.loadClasses());
        model.addAttribute("inspectionLevels", java.util.Arrays.stream(InspectionLevel.values())
                .map(l -> new SamplingTerms(l.name(), BigDecimal.ONE)).toList());
        model.addAttribute("aqls", Aql.series().stream().map(a -> new SamplingTerms("II", a)).toList());
        model.addAttribute("kinds", CharacteristicKind.values());
        model.addAttribute("elements", Element.values());
        return "quality/spec-form";
    }
}
