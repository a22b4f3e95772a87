package id.sentra.matching.web;

import java.util.HashSet;
import java.util.stream.Collectors;

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

import id.sentra.matching.BusinessMatching;
import id.sentra.matching.MeetingOutcome;
import id.sentra.matching.RoundBuyer;
import id.sentra.matching.RoundPlan;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.registry.BuyerDirectory;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.RegistryNames;

/** Business-matching round pages: the list, organising a round, its timetable and outcomes. */
@Controller
class RoundController {

    private final BusinessMatching matching;
    private final BuyerDirectory buyers;
    private final RegistryNames names;

    RoundController(BusinessMatching matching, BuyerDirectory buyers, RegistryNames names) {
        this.matching = matching;
        this.buyers = buyers;
        this.names = names;
    }

    @GetMapping("/rounds")
    String list(Model model) {
        model.addAttribute("rounds", matching.list(CurrentUser.require()));
        return "matching/rounds";
    }

    @GetMapping("/rounds/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String newForm(Model model) {
        model.addAttribute("form", new RoundForm());
        return formView(model);
    }

    @PostMapping("/rounds")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String organise(@ModelAttribute("form") RoundForm form, BindingResult binding, Model model) {
        var user = CurrentUser.require();
        if (form.getHeldOn() == null) {
            binding.rejectValue("heldOn", "field.required");
        }
        if (binding.hasErrors()) {
            return formView(model);
        }
        var invited = form.getBuyerMaterial().entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> new RoundBuyer(e.getKey(), e.getValue())).sorted(java.util.Comparator.comparingLong(RoundBuyer::buyerId)).toList();
        var materials = invited.stream().map(RoundBuyer::material).collect(Collectors.toSet());
        // Every IKM of the organiser's scope that pours what one of the buyers sources is invited.
        var members = matching.invitable(user).stream()
                .filter(c -> c.materials().stream().anyMatch(materials::contains))
                .map(c -> c.memberId()).collect(Collectors.toCollection(HashSet::new));
        var plan = new RoundPlan(form.getName().strip(), form.getHeldOn(), form.getVenue(), form.getFirstSlot(),
                form.getSlotMinutes(), form.getSlotCount(), form.roomList(), invited, members);
        try {
            return "redirect:/rounds/" + matching.organise(user, plan);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> binding.reject(p.messageKey(), p.arguments().toArray(), p.messageKey()));
            return formView(model);
        }
    }

    @GetMapping("/rounds/{id}")
    String view(@PathVariable long id, Model model) {
        var view = matching.view(CurrentUser.require(), id);
        model.addAttribute("view", view);
        model.addAttribute("buyerNames", names.buyers(view.round().buyers().stream().map(RoundBuyer::buyerId).toList()));
        model.addAttribute("memberNames", names.members(view.meetings().stream().map(l -> l.meeting().memberId()).toList()));
        model.addAttribute("outcomes", MeetingOutcome.values());
        return "matching/round";
    }

    @PostMapping("/rounds/{id}/schedule")
    String reschedule(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return change(id, redirect, () -> matching.reschedule(CurrentUser.require(), id, version));
    }

    @PostMapping("/rounds/{id}/meetings/{index}/outcome")
    String outcome(@PathVariable long id, @PathVariable int index, @RequestParam MeetingOutcome outcome,
                   @RequestParam(required = false) @Nullable String note, @RequestParam int version, RedirectAttributes redirect) {
        return change(id, redirect, () -> matching.recordOutcome(CurrentUser.require(), id, index, outcome, note, version));
    }

    private static String change(long id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("stale", true);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("final", true);
        }
        return "redirect:/rounds/" + id;
    }

    private String formView(Model model) {
        model.addAttribute("buyers", buyers.list(CurrentUser.require()));
        model.addAttribute("materialChoices", MaterialFamily.values());
        return "matching/round-form";
    }

}
