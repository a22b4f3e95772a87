package id.sentra.matching.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.sentra.matching.Matchmaker;
import id.sentra.platform.security.CurrentUser;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** The matchmaking page: describe a product line, see the members that can make it and why. */
@Controller
class MatchingController {

    private final Matchmaker matchmaker;
    private final DeliveryPoints deliveryPoints;

    MatchingController(Matchmaker matchmaker, DeliveryPoints deliveryPoints) {
        this.matchmaker = matchmaker;
        this.deliveryPoints = deliveryPoints;
    }

    @GetMapping("/matching")
    @PreAuthorize("!hasRole('MEMBER')")
    String rank(@ModelAttribute("query") MatchingQuery query, Model model) {
        var user = CurrentUser.require();
        model.addAttribute("plants", deliveryPoints.choices(user));
        model.addAttribute("materialChoices", MaterialFamily.values());
        model.addAttribute("processChoices", Process.values());
        model.addAttribute("equipmentChoices", EquipmentKind.values());
        model.addAttribute("certificationChoices", CertificationKind.values());
        if (query.complete()) {
            var candidates = matchmaker.rank(user, query.toRequirement(deliveryPoints.locate(user, query.plant())));
            model.addAttribute("candidates", candidates);
            model.addAttribute("eligibleCount", candidates.stream().filter(c -> c.eligible()).count());
        }
        return "matching/rank";
    }
}
