package id.sentra.quality.inspection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import id.sentra.quality.inspection.NcrBook;
import id.sentra.quality.inspection.NcrStep;
import id.sentra.quality.inspection.NcrTexts;

/** Non-conformance reports: the list, a new report on lots, and one report worked through containment to closing. */
@Controller
class NcrController {

    private final NcrBook ncrs;
    private final MessageSource messages;

    NcrController(NcrBook ncrs, MessageSource messages) {
        this.ncrs = ncrs;
        this.messages = messages;
    }

    @GetMapping("/ncrs")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var slice = ncrs.list(CurrentUser.require(), id.sentra.platform.web.Pager.page(page));
        id.sentra.platform.web.Pager.links(model, slice);
        model.addAttribute("ncrs", slice.getContent());
        return "inspection/ncrs";
    }

    @GetMapping("/ncrs/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String blank(@RequestParam(required = false) String lotIds, Model model) {
        model.addAttribute("lotIds", lotIds);
        model.addAttribute("errors", List.of());
        return "inspection/ncr-new";
    }

    @PostMapping("/ncrs")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String open(@RequestParam(required = false) String lotIds, @RequestParam(required = false) String description,
                Model model, Locale locale) {
        var problems = new ArrayList<FieldProblem>();
        var ids = new ArrayList<Long>();
        for (String part : (lotIds == null ? "" : lotIds).split("[,;\\s]+")) {
            if (!part.isBlank()) {
                try {
                    ids.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException e) {
                    problems.add(FieldProblem.of("lotIds", "ncr.lots.number", part));
                }
            }
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            long id = ncrs.open(CurrentUser.require(), ids, new NcrTexts(description, null, null, null));
            return "redirect:/ncrs/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("lotIds", lotIds);
            model.addAttribute("description", description);
            model.addAttribute("errors", texts(e.problems(), locale));
            return "inspection/ncr-new";
        }
    }

    @GetMapping("/ncrs/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("ncr", ncrs.get(CurrentUser.require(), id));
        model.addAttribute("errors", List.of());
        return "inspection/ncr";
    }

    @PostMapping("/ncrs/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String work(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String description,
                @RequestParam(required = false) String containment, @RequestParam(required = false) String rootCause,
                @RequestParam(required = false) String correctiveAction, @RequestParam(defaultValue = "SAVE") NcrStep step,
                Model model, Locale locale, RedirectAttributes redirect) {
        var texts = new NcrTexts(description, containment, rootCause, correctiveAction);
        try {
            ncrs.work(CurrentUser.require(), id, version, texts, step);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/ncrs/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", texts(e.problems(), locale));
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("ncr", ncrs.get(CurrentUser.require(), id));
        model.addAttribute("typed", texts);
        return "inspection/ncr";
    }

    private List<String> texts(List<FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale)).toList();
    }
}
