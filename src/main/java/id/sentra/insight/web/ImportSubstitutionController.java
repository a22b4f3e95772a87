package id.sentra.insight.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.sentra.demand.ProductFamily;
import id.sentra.insight.ImportSubstitution;
import id.sentra.insight.SubstitutionFigures;
import id.sentra.insight.SubstitutionTkdn;
import id.sentra.platform.security.CurrentUser;

/**
 * The ministry's import-substitution page: filters, the table by cluster and product family, the value by quarter
 * as a stacked chart, and the Excel download of the table. An operator sees its own cooperative only.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'OPERATOR')")
class ImportSubstitutionController {

    private final ImportSubstitution substitution;
    private final SubstitutionTkdn tkdn;
    private final SubstitutionWorkbook workbook;
    private final MessageSource messages;
    private final Clock clock;

    ImportSubstitutionController(ImportSubstitution substitution, SubstitutionTkdn tkdn, SubstitutionWorkbook workbook,
                                 MessageSource messages, Clock clock) {
        this.substitution = substitution;
        this.tkdn = tkdn;
        this.workbook = workbook;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/ministry/import-substitution")
    String page(@ModelAttribute("query") SubstitutionQuery query, Model model, Locale locale) {
        var user = CurrentUser.require();
        var figures = substitution.figures(user, query.toFilter());
        model.addAttribute("figures", figures);
        model.addAttribute("chart", chart(figures, locale));
        model.addAttribute("clusterChoices", substitution.clusterChoices(user));
        model.addAttribute("familyChoices", ProductFamily.values());
        model.addAttribute("yearChoices", yearChoices(query.getYear()));
        model.addAttribute("tkdnDistribution", tkdn.of(figures));
        return "ministry/import-substitution";
    }

    @GetMapping("/ministry/import-substitution.xlsx")
    void export(@ModelAttribute("query") SubstitutionQuery query, Locale locale, HttpServletResponse response) throws IOException {
        var figures = substitution.figures(CurrentUser.require(), query.toFilter());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("substitusi-impor.xlsx").build().toString());
        workbook.write(figures, locale, response.getOutputStream());
    }

    /** The last five years, this one and the next, and a year asked for in the address even when outside them; newest first. */
    private List<Integer> yearChoices(@Nullable Integer asked) {
        int current = Year.now(clock).getValue();
        var years = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
        IntStream.rangeClosed(current - 5, current + 1).forEach(years::add);
        if (asked != null) {
            years.add(asked);
        }
        return List.copyOf(years);
    }

    /** Quarters along the bottom, one stacked series of rupiah per product family. */
    private Map<String, Object> chart(SubstitutionFigures figures, Locale locale) {
        var quarters = new ArrayList<>(new TreeSet<>(figures.byQuarter().stream().map(SubstitutionFigures.QuarterValue::quarter).toList()));
        var families = new TreeSet<ProductFamily>();
        figures.byQuarter().forEach(q -> families.add(q.family()));
        var series = new ArrayList<Map<String, Object>>();
        for (var family : families) {
            var values = new ArrayList<Long>();
            for (var quarter : quarters) {
                values.add(figures.byQuarter().stream().filter(q -> q.quarter().equals(quarter) && q.family() == family)
                        .mapToLong(q -> q.value().amount()).sum());
            }
            series.add(Map.of("name", messages.getMessage(family.messageKey(), null, locale), "values", values));
        }
        var chart = new LinkedHashMap<String, Object>();
        chart.put("labels", quarters);
        chart.put("series", series);
        chart.put("unit", locale.getLanguage().equals("en") ? "IDR" : "Rp");
        return chart;
    }

}
