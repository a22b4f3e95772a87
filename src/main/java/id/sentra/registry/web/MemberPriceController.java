package id.sentra.registry.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.security.Role;
import id.sentra.platform.web.FormErrors;
import id.sentra.registry.MemberPrices;
import id.sentra.registry.MemberRegistry;

/**
 * A member's prices per kilogram, which allocation plans cost work with. The operator agrees and
 * records them; the member reads its own.
 */
@Controller
class MemberPriceController {

    private final MemberPrices prices;
    private final MemberRegistry registry;

    MemberPriceController(MemberPrices prices, MemberRegistry registry) {
        this.prices = prices;
        this.registry = registry;
    }

    @GetMapping("/members/{id}/prices")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("form", PriceForm.from(prices.of(CurrentUser.require(), id)));
        return view(id, model);
    }

    @PostMapping("/members/{id}/prices")
    String change(@PathVariable long id, @ModelAttribute("form") PriceForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        var user = CurrentUser.require();
        if (binding.hasErrors()) {
            return view(id, model);
        }
        try {
            prices.change(user, id, form.changes());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/members/" + id + "/prices";
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return view(id, model);
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
            model.addAttribute("form", PriceForm.from(prices.of(user, id)));
            return view(id, model);
        }
    }

    private String view(long id, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("profile", registry.profile(user, id));
        model.addAttribute("canChange", user.is(Role.ADMIN) || user.is(Role.OPERATOR));
        return "members/prices";
    }
}
