package id.sentra.demand.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.demand.ContractRegistry;
import id.sentra.demand.ContractStateException;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;

/**
 * The buttons of the detail page: publish, award, start production, close, cancel, acknowledge a specification
 * change. Each sends the version the person saw; the answer is the detail page with what happened on top.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'BUYER')")
class ContractActionController {

    private final ContractRegistry registry;
    private final MessageSource messages;

    ContractActionController(ContractRegistry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @PostMapping("/contracts/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> registry.publish(CurrentUser.require(), id, version));
    }

    @PostMapping("/contracts/{id}/award")
    String award(@PathVariable long id, @RequestParam int version, @RequestParam int quoteNo, RedirectAttributes redirect) {
        return act(id, redirect, () -> registry.award(CurrentUser.require(), id, version, quoteNo));
    }

    @PostMapping("/contracts/{id}/start-production")
    String startProduction(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> registry.startProduction(CurrentUser.require(), id, version));
    }

    @PostMapping("/contracts/{id}/close")
    String close(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) @Nullable String note,
                 RedirectAttributes redirect) {
        return act(id, redirect, () -> registry.close(CurrentUser.require(), id, version, note == null || note.isBlank() ? null : note.trim()));
    }

    @PostMapping("/contracts/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect) {
        return act(id, redirect, () -> registry.cancel(CurrentUser.require(), id, version, reason));
    }

    @PostMapping("/contracts/{id}/spec-changes/{changeNo}/acknowledge")
    String acknowledge(@PathVariable long id, @PathVariable int changeNo, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> registry.acknowledge(CurrentUser.require(), id, version, changeNo));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (StaleRecordException e) {
            redirect.addFlashAttribute("stale", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", e.problems().stream().map(this::text).toList());
        } catch (ContractStateException e) {
            return refused(id, e, redirect);
        }
        return "redirect:/contracts/" + id;
    }

    /** "Reason: required." — the field's name and the broken rule, in the reader's language. */
    private String text(FieldProblem problem) {
        var locale = LocaleContextHolder.getLocale();
        String field = messages.getMessage("field.name." + problem.field(), null, problem.field(), locale);
        return field + ": " + messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
    }

    /** The detail page, saying which action the contract's status refused. */
    static String refused(long id, ContractStateException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusedAction", e.action().messageKey());
        redirect.addFlashAttribute("refusedStatus", e.status().messageKey());
        return "redirect:/contracts/" + id;
    }
}
