package id.sentra.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.security.Role;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.BuyerKind;

/** Buyer pages: the directory, one buyer with plants and contacts, and editing its identity. */
@Controller
class BuyerController {

    private final BuyerDirectory buyers;

    BuyerController(BuyerDirectory buyers) {
        this.buyers = buyers;
    }

    @GetMapping("/buyers")
    String list(Model model) {
        model.addAttribute("buyers", buyers.list(CurrentUser.require()));
        return "buyers/list";
    }

    @GetMapping("/buyers/{id}")
    String detail(@PathVariable long id, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("buyer", buyers.get(user, id));
        model.addAttribute("canEdit", !user.is(Role.MINISTRY));
        return "buyers/detail";
    }

    @GetMapping("/buyers/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        var user = CurrentUser.require();
        if (user.is(Role.MINISTRY)) {
            throw new org.springframework.security.access.AccessDeniedException("The ministry reads, it does not edit");
        }
        var buyer = buyers.get(user, id);
        model.addAttribute("form", new BuyerForm(buyer.name(), buyer.kind(), buyer.sector(), buyer.version()));
        return formView(model, id);
    }

    @PostMapping("/buyers/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") BuyerForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var buyer = buyers.get(user, id);
        if (user.is(Role.MINISTRY)) {
            throw new org.springframework.security.access.AccessDeniedException("The ministry reads, it does not edit");
        }
        if (form.name() == null || form.name().isBlank()) {
            binding.rejectValue("name", "field.required");
        }
        if (form.kind() == null) {
            binding.rejectValue("kind", "field.required");
        }
        if (form.sector() == null || form.sector().isBlank()) {
            binding.rejectValue("sector", "field.required");
        }
        if (binding.hasErrors()) {
            return formView(model, id);
        }
        if (form.version() == null) {
            model.addAttribute("stale", true);
            return formView(model, id);
        }
        try {
            buyers.revise(user, id, form.version(), form.name().trim(), form.kind(), form.sector().trim(),
                    buyer.plants(), buyer.contacts());
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
            return formView(model, id);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/buyers/" + id;
    }

    private static String formView(Model model, long id) {
        model.addAttribute("buyerId", id);
        model.addAttribute("kinds", BuyerKind.values());
        return "buyers/form";
    }

    /** The buyer's identity as the edit form posts it. */
    record BuyerForm(@org.jspecify.annotations.Nullable String name, @org.jspecify.annotations.Nullable BuyerKind kind,
                    @org.jspecify.annotations.Nullable String sector, @org.jspecify.annotations.Nullable Integer version) {
    }
}
