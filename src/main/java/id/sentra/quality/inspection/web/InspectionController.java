package id.sentra.quality.inspection.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.Disposition;
import id.sentra.quality.inspection.InspectionRequest;
import id.sentra.quality.inspection.LotInspectionService;
import id.sentra.quality.inspection.NcrBook;
import id.sentra.quality.inspection.NcrTexts;
import id.sentra.quality.inspection.StreamDecisions;

/** A lot's inspection page: the plan, the measurement grid, the decision with every rule, the operator's override. */
@Controller
class InspectionController {

    private final LotInspectionService inspections;
    private final StreamDecisions decisions;
    private final NcrBook ncrs;
    private final MessageSource messages;

    InspectionController(LotInspectionService inspections, StreamDecisions decisions, NcrBook ncrs, MessageSource messages) {
        this.inspections = inspections;
        this.decisions = decisions;
        this.ncrs = ncrs;
        this.messages = messages;
    }

    @GetMapping("/lots/{id}/inspection")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    String show(@PathVariable long id, Model model) {
        return view(id, model, Map.of(), List.of());
    }

    @PostMapping("/lots/{id}/inspection")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String inspect(@PathVariable long id, @RequestParam Map<String, String> params, Model model, Locale locale,
                   RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var sheet = inspections.sheet(user, id);
        var problems = new ArrayList<FieldProblem>();
        var values = MeasurementGrid.read(params, sheet.characteristics(), sheet.plan().sampleSize(), problems);
        var wall = MeasurementGrid.decimal(params.get("wallMm"));
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            inspections.inspect(user, id, new InspectionRequest(wall, values));
            redirect.addFlashAttribute("inspected", true);
            return "redirect:/lots/" + id + "/inspection";
        } catch (InvalidInputException e) {
            return view(id, model, params, texts(e.problems(), locale));
        }
    }

    @PostMapping("/lots/{id}/inspection/override")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String override(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Disposition disposition,
                    @RequestParam(required = false) String reason, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            if (disposition == null) {
                throw new InvalidInputException(List.of(FieldProblem.of("disposition", "field.required")));
            }
            inspections.override(CurrentUser.require(), id, version, disposition, reason == null ? "" : reason);
            redirect.addFlashAttribute("overridden", true);
            return "redirect:/lots/" + id + "/inspection";
        } catch (InvalidInputException e) {
            model.addAttribute("overrideErrors", texts(e.problems(), locale));
            model.addAttribute("reason", reason);
            return view(id, model, Map.of(), List.of());
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
            return view(id, model, Map.of(), List.of());
        }
    }

    /** The operator, as the responsible authority of ISO 2859-1 9.3.3, allows reduced inspection for the lot's member and part. */
    @PostMapping("/lots/{id}/inspection/reduced-approval")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String approveReduced(@PathVariable long id, @RequestParam int version, Model model, Locale locale, RedirectAttributes redirect) {
        return changeStream(id, model, locale, redirect, "reducedApproved",
                () -> decisions.approveReduced(CurrentUser.require(), id, version));
    }

    /** The operator resumes discontinued inspection on tightened, resting on a report whose corrective action is written (ISO 2859-1 9.4). */
    @PostMapping("/lots/{id}/inspection/resume")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    String resume(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long ncrId, Model model,
                  Locale locale, RedirectAttributes redirect) {
        return changeStream(id, model, locale, redirect, "resumed", () -> {
            if (ncrId == null) {
                throw new InvalidInputException(List.of(FieldProblem.of("ncrId", "inspection.resume.ncrRequired")));
            }
            decisions.resume(CurrentUser.require(), id, version, ncrId);
        });
    }

    /** A change of the lot's inspection stream: back to the lot on success, the lot again with the refusal otherwise. */
    private String changeStream(long id, Model model, Locale locale, RedirectAttributes redirect, String flash, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute(flash, true);
            return "redirect:/lots/" + id + "/inspection";
        } catch (InvalidInputException e) {
            model.addAttribute("streamErrors", texts(e.problems(), locale));
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
        }
        return view(id, model, Map.of(), List.of());
    }

    /** One click from a rejected or held lot: a report naming the rules the lot failed, to be completed on its page. */
    @PostMapping("/lots/{id}/ncr")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String openNcr(@PathVariable long id, Locale locale) {
        var user = CurrentUser.require();
        var failed = inspections.inspection(user, id).map(v -> v.inspection().checks().stream().filter(c -> !c.passed())
                .map(c -> messages.getMessage(c.messageKey(), c.arguments().toArray(), c.messageKey(), locale)).toList())
                .orElse(List.of());
        String intro = messages.getMessage("ncr.fromLot", new Object[] {id}, locale);
        var description = String.join("\n", failed.isEmpty() ? List.of(intro) : java.util.stream.Stream.concat(
                java.util.stream.Stream.of(intro), failed.stream()).toList());
        long ncr = ncrs.open(user, List.of(id), new NcrTexts(description, null, null, null));
        return "redirect:/ncrs/" + ncr;
    }

    private String view(long id, Model model, Map<String, String> values, List<String> errors) {
        var sheet = inspections.sheet(CurrentUser.require(), id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("correctiveActions", sheet.canManageStream() && sheet.stream().discontinued()
                ? decisions.correctiveActions(CurrentUser.require(), id) : List.of());
        model.addAttribute("values", new HashMap<>(values));
        model.addAttribute("errors", errors);
        model.addAttribute("dispositions", Disposition.values());
        return "inspection/lot";
    }

    private List<String> texts(List<FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale)).toList();
    }
}
