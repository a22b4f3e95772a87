package id.sentra.insight.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.sentra.insight.SubstitutionFigures;
import id.sentra.insight.SubstitutionRow;

/** The import-substitution table as an Excel workbook, one row per cluster and family, amounts as plain rupiah numbers. */
@Component
class SubstitutionWorkbook {

    private static final List<String> HEADINGS = List.of("cluster", "family", "piecesShipped", "piecesMade", "valueShipped",
            "valueMade", "value", "members", "workers", "buyers");

    private final MessageSource messages;

    SubstitutionWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(SubstitutionFigures figures, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Sentra", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("substitution.sheet", null, locale));
        for (int c = 0; c < HEADINGS.size(); c++) {
            sheet.value(0, c, messages.getMessage("substitution.column." + HEADINGS.get(c), null, locale));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (SubstitutionRow row : figures.rows()) {
            sheet.value(r, 0, row.clusterName());
            sheet.value(r, 1, messages.getMessage(row.family().messageKey(), null, locale));
            sheet.value(r, 2, row.piecesShipped());
            sheet.value(r, 3, row.piecesMade());
            sheet.value(r, 4, row.valueShipped().amount());
            sheet.value(r, 5, row.valueMade().amount());
            sheet.value(r, 6, row.value().amount());
            sheet.value(r, 7, row.members());
            sheet.value(r, 8, row.workers());
            sheet.value(r, 9, row.buyers());
            r++;
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }
}
