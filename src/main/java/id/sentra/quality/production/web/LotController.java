package id.sentra.quality.production.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.allocation.WorkOrderProgress;
import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.web.FormErrors;
import id.sentra.quality.DefectCode;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.LotBook;

/** Lots of one work order: the member adds them while the order is in production; its operator reads them. */
@Controller
class LotController {

    private final LotBook lots;
    private final HeatBook heats;
    private final WorkOrderProgress workOrders;
    private final Clock clock;

    LotController(LotBook lots, HeatBook heats, WorkOrderProgress workOrders, Clock clock) {
        this.lots = lots;
        this.heats = heats;
        this.workOrders = workOrders;
        this.clock = clock;
    }

    @GetMapping("/work-orders/{id}/lots")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("form", LotForm.blank(LocalDate.now(clock)));
        return view(id, model);
    }

    @PostMapping("/work-orders/{id}/lots")
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    String add(@PathVariable long id, @ModelAttribute("form") LotForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return view(id, model);
        }
        var problems = new ArrayList<FieldProblem>();
        var draft = form.toDraft(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            lots.add(CurrentUser.require(), id, draft);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/work-orders/" + id + "/lots";
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e);
            return view(id, model);
        }
    }

    private String view(long id, Model model) {
        var user = CurrentUser.require();
        var order = workOrders.get(user, id);
        var list = lots.ofWorkOrder(user, id);
        model.addAttribute("order", order);
        model.addAttribute("lots", list);
        model.addAttribute("made", list.stream().mapToInt(l -> l.quantityMade()).sum());
        var own = heats.list(user).stream().filter(h -> h.memberId() == order.memberId()).toList();
        model.addAttribute("heats", own);
        model.addAttribute("heatNumbers", own.stream().collect(java.util.stream.Collectors.toMap(h -> h.id(), h -> h.heatNumber())));
        model.addAttribute("defects", DefectCode.values());
        return "production/lots";
    }
}
