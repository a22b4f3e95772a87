package id.sentra.registry.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.sentra.platform.security.CurrentUser;
import id.sentra.registry.MemberRow;
import id.sentra.registry.MemberSearch;
import id.sentra.registry.importing.MemberSpreadsheet;

/** The member list as an Excel file, with the same filters as on the page, every page of it. */
@Controller
class MemberExportController {

    private final MemberSearch search;
    private final MemberSpreadsheet spreadsheet;
    private final Clock clock;

    MemberExportController(MemberSearch search, MemberSpreadsheet spreadsheet, Clock clock) {
        this.search = search;
        this.spreadsheet = spreadsheet;
        this.clock = clock;
    }

    @GetMapping("/members/export.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    void export(@ModelAttribute("query") MemberQuery query, BindingResult binding, Locale locale, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        if (binding.hasErrors()) {
            // Not a file of other members than asked for: the list, with the same filters, says which one is wrong.
            response.sendRedirect(request.getContextPath() + "/members?" + request.getQueryString());
            return;
        }
        var user = CurrentUser.require();
        var rows = new ArrayList<MemberRow>();
        for (int page = 0; ; page++) {
            var batch = search.search(user, query.toFilter(), page, MemberSearch.MAX_PAGE_SIZE);
            rows.addAll(batch.items());
            if (!batch.hasNext()) {
                break;
            }
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("anggota-" + LocalDate.now(clock) + ".xlsx").build().toString());
        spreadsheet.write(rows, locale, response.getOutputStream());
    }
}
