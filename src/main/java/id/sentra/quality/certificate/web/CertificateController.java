package id.sentra.quality.certificate.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.certificate.CertificateBook;

/**
 * Certificate pages for the parties: a lot's way to its certificate (inspection, issue, download), a work order's
 * certificates, and the PDF. The buyer reads and downloads; the manufacturer side issues.
 */
@Controller
class CertificateController {

    private final CertificateBook certificates;

    CertificateController(CertificateBook certificates) {
        this.certificates = certificates;
    }

    /** The certificates a person may read, newest first; {@code contract} narrows the list to one contract. */
    @GetMapping("/certificates")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    String list(@RequestParam(required = false) Long contract, Model model) {
        model.addAttribute("certificates", certificates.list(CurrentUser.require(), contract));
        model.addAttribute("contract", contract);
        return "certificate/list";
    }

    @GetMapping("/certificates/lots/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    String lot(@PathVariable long id, Model model) {
        model.addAttribute("status", certificates.status(CurrentUser.require(), id));
        return "certificate/lot";
    }

    @PostMapping("/certificates/lots/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", certificates.issue(CurrentUser.require(), id));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refused", e.problems().getFirst());
        }
        return "redirect:/certificates/lots/" + id;
    }

    @GetMapping("/certificates/work-orders/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    String workOrder(@PathVariable long id, Model model) {
        model.addAttribute("workOrderId", id);
        model.addAttribute("certificates", certificates.ofWorkOrder(CurrentUser.require(), id));
        return "certificate/work-order";
    }

    @GetMapping("/certificates/{number}.pdf")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        byte[] pdf = certificates.pdf(CurrentUser.require(), number);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(number + ".pdf").build().toString())
                .body(pdf);
    }
}
