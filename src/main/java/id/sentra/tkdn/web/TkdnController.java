package id.sentra.tkdn.web;

import java.util.ArrayList;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import id.sentra.platform.FieldProblem;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.platform.web.FormErrors;
import id.sentra.tkdn.CostKind;
import id.sentra.tkdn.FactoryBasis;
import id.sentra.tkdn.Regulation;
import id.sentra.tkdn.product.OriginKind;
import id.sentra.tkdn.product.ProductCosts;
import id.sentra.tkdn.product.ProductWorksheets;

/**
 * TKDN pages. A member's products with their figures; a product's cost structure, which its member and cooperative
 * edit (the figures follow live as lines change, and again from the heats once saved); the figures alone for the
 * contract's buyer and the ministry.
 */
@Controller
class TkdnController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ProductCosts products;
    private final ProductWorksheets worksheets;

    TkdnController(ProductCosts products, ProductWorksheets worksheets) {
        this.products = products;
        this.worksheets = worksheets;
    }

    @GetMapping("/tkdn/members/{memberId}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String member(@PathVariable long memberId, Model model) {
        model.addAttribute("member", products.ofMember(CurrentUser.require(), memberId));
        return "tkdn/member";
    }

    @PostMapping("/tkdn/members/{memberId}/products")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String start(@PathVariable long memberId, @RequestParam long contractId, @RequestParam int lineNo, RedirectAttributes redirect) {
        try {
            long id = products.start(CurrentUser.require(), memberId, contractId, lineNo);
            redirect.addFlashAttribute("started", true);
            return "redirect:/tkdn/products/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refused", e.problems().getFirst().messageKey());
            return "redirect:/tkdn/members/" + memberId;
        }
    }

    @GetMapping("/tkdn/products/{id}")
    String product(@PathVariable long id, Model model) {
        var user = CurrentUser.require();
        if (!products.seesCosts(user, id)) {
            model.addAttribute("figures", products.figures(user, id));
            return "tkdn/figures";
        }
        var sheet = products.sheet(user, id);
        model.addAttribute("form", CostForm.of(sheet.draft(), sheet.version()));
        return view(model, sheet);
    }

    @PostMapping("/tkdn/products/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String save(@PathVariable long id, @ModelAttribute("form") CostForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        var user = CurrentUser.require();
        var problems = new ArrayList<FieldProblem>();
        var draft = form.toDraft(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            products.revise(user, id, form.getVersion(), draft);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/tkdn/products/" + id;
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, e, form::formField);
        } catch (StaleRecordException e) {
            model.addAttribute("stale", true);
        }
        form.addBlankRow();
        return view(model, products.sheet(user, id));
    }

    /** The self-assessment worksheet with its evidence, for a verifier: holds the costs, so only for those who see them. */
    @GetMapping("/tkdn/products/{id}/worksheet.pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    ResponseEntity<byte[]> worksheetPdf(@PathVariable long id, Locale locale) {
        return download(worksheets.pdf(CurrentUser.require(), id, locale), MediaType.APPLICATION_PDF, "tkdn-" + id + ".pdf");
    }

    @GetMapping("/tkdn/products/{id}/worksheet.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    ResponseEntity<byte[]> worksheetWorkbook(@PathVariable long id, Locale locale) {
        return download(worksheets.workbook(CurrentUser.require(), id, locale), XLSX, "tkdn-" + id + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    /** The figures for the lines as they stand in the form, not yet saved (htmx, on every change). */
    @PostMapping("/tkdn/products/{id}/preview")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String preview(@PathVariable long id, @ModelAttribute("form") CostForm form, Model model) {
        var user = CurrentUser.require();
        var problems = new ArrayList<FieldProblem>();
        var draft = form.toDraft(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            model.addAttribute("sheet", products.preview(user, id, draft));
            model.addAttribute("previewing", true);
        } catch (InvalidInputException e) {
            model.addAttribute("sheet", products.sheet(user, id));
            model.addAttribute("previewProblem", true);
        }
        return "tkdn/product :: figures";
    }

    private String view(Model model, id.sentra.tkdn.product.ProductSheet sheet) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("regulations", Regulation.values());
        model.addAttribute("factoryBases", FactoryBasis.values());
        model.addAttribute("kinds", CostKind.values());
        model.addAttribute("origins", OriginKind.values());
        return "tkdn/product";
    }
}
