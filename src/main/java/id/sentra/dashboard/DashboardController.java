package id.sentra.dashboard;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.sentra.demand.ContractSearch;
import id.sentra.demand.ContractTkdn;
import id.sentra.insight.NationalFigures;
import id.sentra.platform.security.CurrentUser;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.MemberRegistry;
import id.sentra.registry.RegistryStatistics;

/**
 * The home page of each role: the operator's cooperative, the ministry's clusters, a buyer's sources, a member's own
 * profile. The ministry's and buyers' national figures are read as last summed ({@link NationalFigures}), with the
 * time they were taken; an operator's cooperative is counted live, its members being few and its changes its own.
 */
@Controller
class DashboardController {

    private final RegistryStatistics statistics;
    private final NationalFigures national;
    private final CooperativeDirectory directory;
    private final MemberRegistry members;
    private final MessageSource messages;
    private final ContractSearch contracts;
    private final ObjectProvider<ContractTkdn> tkdn;

    DashboardController(RegistryStatistics statistics, NationalFigures national, CooperativeDirectory directory,
                        MemberRegistry members, MessageSource messages, ContractSearch contracts, ObjectProvider<ContractTkdn> tkdn) {
        this.statistics = statistics;
        this.national = national;
        this.directory = directory;
        this.members = members;
        this.messages = messages;
        this.contracts = contracts;
        this.tkdn = tkdn;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        var user = CurrentUser.require();
        String unitKg = messages.getMessage("unit.kgPerMonth", null, locale);
        switch (user.role()) {
            case OPERATOR -> {
                Long coop = user.cooperativeId();
                model.addAttribute("cooperative", directory.cooperative(coop).orElse(null));
                model.addAttribute("summary", statistics.summary(coop));
                model.addAttribute("byMaterial", ChartData.of(statistics.capacityByMaterial(coop), "enum.MaterialFamily.", unitKg, messages, locale));
                model.addAttribute("byKabupaten", ChartData.of(statistics.capacityByKabupaten(coop), "", unitKg, messages, locale));
                model.addAttribute("furnaces", ChartData.of(statistics.furnacesByType(coop), "enum.FurnaceType.", "", messages, locale));
                // Stock at risk of being stranded and changed specifications: what the operator must act on first.
                model.addAttribute("warnings", contracts.withWarnings(user));
                var figures = tkdn.getIfAvailable();
                model.addAttribute("tkdnAtRisk", figures == null ? List.of() : figures.atRisk(user));
                return "dashboard/operator";
            }
            case ADMIN, MINISTRY -> {
                var figures = national.current().orElse(null);
                model.addAttribute("national", figures);
                if (figures != null) {
                    model.addAttribute("byMaterial", ChartData.of(figures.capacityByMaterial(), "enum.MaterialFamily.", unitKg, messages, locale));
                    model.addAttribute("furnaces", ChartData.of(figures.furnacesByType(), "enum.FurnaceType.", "", messages, locale));
                }
                return "dashboard/national";
            }
            case BUYER -> {
                var figures = national.current().orElse(null);
                model.addAttribute("national", figures);
                if (figures != null) {
                    model.addAttribute("byMaterial", ChartData.of(figures.membersByMaterial(), "enum.MaterialFamily.",
                            messages.getMessage("unit.members", null, locale), messages, locale));
                }
                return "dashboard/buyer";
            }
            case MEMBER -> {
                model.addAttribute("profile", members.profile(user, user.memberId()));
                return "dashboard/member";
            }
        }
        throw new IllegalStateException("Unknown role " + user.role());
    }
}
