package id.sentra.quality.trace.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.sentra.platform.security.CurrentUser;
import id.sentra.quality.trace.RecallWorkbook;
import id.sentra.quality.trace.Traceability;

/**
 * Trace pages: a lot (or the lot behind a certificate) back to heats and charge, and a heat forward to
 * its recall list with an Excel export. Scope is checked in {@link Traceability}.
 */
@Controller
class TraceController {

    private final Traceability trace;
    private final RecallWorkbook workbook;

    TraceController(Traceability trace, RecallWorkbook workbook) {
        this.trace = trace;
        this.workbook = workbook;
    }

    @GetMapping("/trace/lots/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    String lot(@PathVariable long id, Model model) {
        model.addAttribute("trace", trace.lot(CurrentUser.require(), id));
        return "trace/lot";
    }

    @GetMapping("/trace/certificates/{number}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER', 'BUYER')")
    String certificate(@PathVariable String number, Model model) {
        model.addAttribute("trace", trace.certificate(CurrentUser.require(), number));
        return "trace/lot";
    }

    @GetMapping("/trace/heats/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    String heat(@PathVariable long id, Model model) {
        model.addAttribute("recall", trace.heat(CurrentUser.require(), id));
        return "trace/heat";
    }

    @GetMapping("/trace/heats/{id}/recall.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'MEMBER')")
    void recall(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        var recall = trace.heat(CurrentUser.require(), id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("penarikan-" + recall.heat().heatNumber().replaceAll("[^A-Za-z0-9-]", "_") + ".xlsx").build().toString());
        workbook.write(recall, locale, response.getOutputStream());
    }
}
