package id.sentra.quality.scorecard.web;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.DefectCode;
import id.sentra.quality.scorecard.ChartView;
import id.sentra.quality.scorecard.CooperativeRecords;
import id.sentra.quality.scorecard.Scorecards;
import id.sentra.quality.scorecard.SpcCharts;

/**
 * The quality pages: a member's scorecard (the member, its operator, the platform; a buyer the summary), its
 * control charts, and the cooperative's pooled charts with every member's record for the operator.
 */
@Controller
class ScorecardController {

    private final Scorecards scorecards;
    private final SpcCharts charts;
    private final SpcChartData data;
    private final CooperativeRecords records;

    ScorecardController(Scorecards scorecards, SpcCharts charts, SpcChartData data, CooperativeRecords records) {
        this.scorecards = scorecards;
        this.charts = charts;
        this.data = data;
        this.records = records;
    }

    @GetMapping("/quality/members/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    String scorecard(@PathVariable long id, Model model) {
        var card = scorecards.of(CurrentUser.require(), id);
        model.addAttribute("card", card);
        model.addAttribute("defects", DefectCode.values());
        model.addAttribute("trend", data.trend(card));
        return "quality/scorecard";
    }

    @GetMapping("/quality/members/{id}/charts")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String memberCharts(@PathVariable long id, @RequestParam(required = false) @Nullable String characteristic,
                        @RequestParam(required = false) @Nullable String grade,
                        @RequestParam(required = false) @Nullable Integer months, Model model) {
        var user = CurrentUser.require();
        var page = charts.ofMember(user, id, characteristic, grade, SpcCharts.period(months));
        model.addAttribute("months", SpcCharts.period(months));
        model.addAttribute("memberId", id);
        model.addAttribute("memberName", records.memberName(id));
        return chartPage(page, model);
    }

    @GetMapping("/quality/cooperative")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String cooperative(@RequestParam(required = false) @Nullable Long cooperative,
                       @RequestParam(required = false) @Nullable String characteristic,
                       @RequestParam(required = false) @Nullable String grade,
                       @RequestParam(required = false) @Nullable Integer months, Model model) {
        var user = CurrentUser.require();
        long id = cooperative != null ? cooperative : Objects.requireNonNullElseGet(user.cooperativeId(), records::firstCooperative);
        var page = charts.ofCooperative(user, id, characteristic, grade, SpcCharts.period(months));
        model.addAttribute("months", SpcCharts.period(months));
        model.addAttribute("cooperativeName", records.cooperativeName(id));
        model.addAttribute("members", records.members(user, id));
        return chartPage(page, model);
    }

    private String chartPage(SpcCharts.ChartPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("periods", SpcCharts.PERIODS);
        model.addAttribute("keyLabels", data.keyLabels(page.keys()));
        ChartView view = page.chart();
        if (view != null && view.chart() != null) {
            model.addAttribute("control", data.control(view, view.chart()));
            model.addAttribute("histogram", data.histogram(view));
            model.addAttribute("signals", data.signals(view, view.chart()));
        }
        return "quality/charts";
    }
}
