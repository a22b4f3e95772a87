package id.sentra.quality.production.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;

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
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.web.FormErrors;
import id.sentra.platform.web.Pager;
import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.Element;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.LotBook;
import id.sentra.registry.RegistryNames;

/**
 * Heats: a member records its own on a phone and sees its list; the operator reads its
 * cooperative's members' heats. Buyers and the ministry see none.
 */
@Controller
class HeatController {

    private final HeatBook heats;
    private final LotBook lots;
    private final RegistryNames names;
    private final Clock clock;

    HeatController(HeatBook heats, LotBook lots, RegistryNames names, Clock clock) {
        this.heats = heats;
        this.lots = lots;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/heats")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var slice = heats.list(CurrentUser.require(), Pager.page(page));
        var list = slice.getContent();
        Pager.links(model, slice);
        model.addAttribute("heats", list);
        model.addAttribute("memberNames", names.members(list.stream().map(h -> h.memberId()).distinct().toList()));
        return "production/heats";
    }

    @GetMapping("/heats/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String detail(@PathVariable long id, Model model) {
        var heat = heats.get(CurrentUser.require(), id);
        model.addAttribute("heat", heat);
        model.addAttribute("lots", lots.ofHeat(CurrentUser.require(), id));
        model.addAttribute("memberName", names.members(java.util.List.of(heat.memberId())).get(heat.memberId()));
        model.addAttribute("elements", Element.values());
        return "production/heat";
    }

    @GetMapping("/heats/new")
    @PreAuthorize("hasRole('MEMBER')")
    String form(Model model) {
        model.addAttribute("form", HeatForm.blank(LocalDate.now(clock)));
        return view(model);
    }

    @PostMapping("/heats")
    @PreAuthorize("hasRole('MEMBER')")
    String create(@ModelAttribute("form") HeatForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return view(model);
        }
        var problems = new ArrayList<id.sentra.platform.FieldProblem>();
        var draft = form.toDraft(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            long id = heats.record(CurrentUser.require(), null, draft);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/heats/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return view(model);
        }
    }

    private String view(Model model) {
        var user = CurrentUser.require();
        if (model.getAttribute("form") instanceof HeatForm form) {
            form.fillRows();
        }
        model.addAttribute("furnaces", heats.furnaces(user, Objects.requireNonNull(user.memberId())));
        model.addAttribute("elements", Element.values());
        model.addAttribute("materials", ChargeMaterial.values());
        model.addAttribute("origins", ChargeOrigin.values());
        model.addAttribute("specimens", SpecimenKind.values());
        return "production/heat-form";
    }
}
