package id.sentra.matching.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import id.sentra.matching.Matchmaker;
import id.sentra.platform.security.CurrentUser;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** The matchmaking page: describe a product line, see the members that can make it and why. */
@Controller
class MatchingController {

    /** Members on one page of the ranking: the best eligible first, then those not eligible by name. */
    static final int PAGE_SIZE = 50;

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
            int page = query.pageOrFirst();
            var ranking = matchmaker.rank(user, query.toRequirement(deliveryPoints.locate(user, query.plant())), page * PAGE_SIZE, PAGE_SIZE);
            model.addAttribute("ranking", ranking);
            model.addAttribute("candidates", ranking.candidates());
            model.addAttribute("eligibleCount", ranking.eligible());
            model.addAttribute("pageNumber", page + 1);
            model.addAttribute("pagePrevious", page > 0 ? link(page - 1) : null);
            model.addAttribute("pageNext", ranking.hasMore() ? link(page + 1) : null);
        }
        return "matching/rank";
    }

    /** The same ranking's link to another page, every other parameter kept. */
    private static String link(int page) {
        var request = ServletUriComponentsBuilder.fromCurrentRequest().build(true);
        var builder = UriComponentsBuilder.fromPath(request.getPath()).query(request.getQuery());
        return (page == 0 ? builder.replaceQueryParam("page") : builder.replaceQueryParam("page", page)).build(true).toUriString();
    }
}
