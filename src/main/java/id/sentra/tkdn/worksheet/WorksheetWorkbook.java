package id.sentra.tkdn.worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

import id.sentra.tkdn.AssessedLine;
import id.sentra.tkdn.CategoryTotal;
import id.sentra.tkdn.CostCategory;
import id.sentra.tkdn.TkdnAssessment;
import id.sentra.tkdn.TkdnWorksheet;
import id.sentra.tkdn.WorksheetEvidence;
import id.sentra.tkdn.WorksheetHeader;

/**
 * The worksheet as an Excel workbook for verifiers who rework figures: one sheet with the lines as numbers
 * (rupiah exact, percentages as percent cells), the subtotals, the recap with TKDN, BMP and their sum, all as
 * the assessment states them; a second sheet with the charge evidence. Totals are values, not formulas:
 * fastexcel stores no computed result, and phone viewers that do not recalculate would show them empty.
 */
public final class WorksheetWorkbook {

    static final String RUPIAH = "#,##0.00";
    static final String PERCENT = "0.00%";
    private static final List<String> LINE_HEADINGS = List.of("no", "item", "kind", "origin", "quantity", "unitPrice",
            "domestic", "foreign", "cost", "credit", "basis");
    private static final List<String> RECAP_HEADINGS = List.of("component", "cost", "domestic", "foreign",
            "domesticPercent", "weight", "contribution");
    private static final List<String> EVIDENCE_HEADINGS = List.of("no", "heat", "meltedOn", "material", "weight",
            "origin", "supplier", "purchase");
    private static final char[] SECTIONS = {'A', 'B', 'C'};
    /** Columns of the line table: KDN, KLN and total are G, H and I. */
    private static final int DOMESTIC = 6;

    private final MessageSource messages;

    public WorksheetWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(TkdnWorksheet worksheet, Locale locale) {
        var text = new WorksheetText(messages, locale);
        try (var out = new ByteArrayOutputStream()) {
            var workbook = new Workbook(out, "Sentra", "1.0");
            worksheetSheet(workbook.newWorksheet(text.label("sheet.worksheet")), text, worksheet);
            evidenceSheet(workbook.newWorksheet(text.label("sheet.evidence")), text, worksheet.evidence());
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void worksheetSheet(Worksheet sheet, WorksheetText text, TkdnWorksheet worksheet) {
        widths(sheet, 5, 36, 20, 30, 10, 14, 16, 16, 16, 12, 90);
        sheet.value(0, 0, text.label("title"));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, text.label("subtitle", text.get(worksheet.regulation().messageKey())));
        int row = header(sheet, text, worksheet, 3);
        TkdnAssessment assessment = worksheet.assessment();
        for (int i = 0; i < CostCategory.values().length; i++) {
            row = category(sheet, text, assessment, CostCategory.values()[i], SECTIONS[i], row + 1);
        }
        row = recap(sheet, text, assessment, row + 1);
        sheet.value(row + 1, 0, text.label("method." + assessment.regulation().name()));
        for (String note : assessment.notes()) {
            row++;
            sheet.value(row + 1, 0, text.label("note") + ": " + text.get(note));
        }
    }

    private static int header(Worksheet sheet, WorksheetText text, TkdnWorksheet worksheet, int row) {
        WorksheetHeader h = worksheet.header();
        String[][] facts = {
                {"manufacturer", h.manufacturer().name()}, {"address", h.manufacturer().address()},
                {"cooperative", h.manufacturer().cooperative()}, {"product", h.product()},
                {"buyerPartNumber", WorksheetText.orDash(h.buyerPartNumber())},
                {"regulation", text.get(worksheet.regulation().messageKey())}, {"preparedBy", h.prepared().by()}};
        int r = row;
        for (String[] fact : facts) {
            label(sheet, r, text.label("header." + fact[0]));
            sheet.value(r++, 2, fact[1]);
        }
        label(sheet, r, text.label("header.period"));
        date(sheet, r, 2, h.periodFrom());
        date(sheet, r++, 3, h.periodTo());
        label(sheet, r, text.label("header.preparedOn"));
        date(sheet, r++, 2, h.prepared().on());
        return r;
    }

    private static int category(Worksheet sheet, WorksheetText text, TkdnAssessment assessment, CostCategory category,
                                char section, int row) {
        sheet.value(row, 0, section + ". " + text.category(category));
        sheet.style(row, 0).bold().set();
        headings(sheet, text, row + 1, "column.", LINE_HEADINGS);
        int r = row + 2;
        for (AssessedLine line : assessment.lines()) {
            if (line.line().category() == category) {
                line(sheet, text, r++, line);
            }
        }
        CategoryTotal total = assessment.category(category);
        sheet.value(r, 1, text.label("subtotal", section));
        sheet.style(r, 1).bold().set();
        rupiah(sheet, r, DOMESTIC, total.domestic());
        rupiah(sheet, r, DOMESTIC + 1, total.foreign());
        rupiah(sheet, r, DOMESTIC + 2, total.cost());
        percent(sheet, r, DOMESTIC + 3, total.domesticPercent());
        for (int c = DOMESTIC; c <= DOMESTIC + 3; c++) {
            sheet.style(r, c).bold().format(c == DOMESTIC + 3 ? PERCENT : RUPIAH).set();
        }
        return r + 1;
    }

    private static void line(Worksheet sheet, WorksheetText text, int r, AssessedLine line) {
        sheet.value(r, 0, line.number());
        sheet.value(r, 1, line.line().item());
        sheet.value(r, 2, text.get(line.line().kind().messageKey()));
        sheet.value(r, 3, text.origin(line));
        sheet.value(r, 4, line.line().quantity());
        rupiah(sheet, r, 5, line.line().unitPrice());
        rupiah(sheet, r, 6, line.domestic());
        rupiah(sheet, r, 7, line.foreign());
        rupiah(sheet, r, 8, line.cost());
        percent(sheet, r, 9, line.creditPercent());
        sheet.value(r, 10, text.get(line.ruleKey()));
    }

    private static int recap(Worksheet sheet, WorksheetText text, TkdnAssessment assessment, int row) {
        sheet.value(row, 0, text.label("recap"));
        sheet.style(row, 0).bold().set();
        headings(sheet, text, row + 1, "recap.column.", RECAP_HEADINGS);
        int r = row + 2;
        for (int i = 0; i < CostCategory.values().length; i++) {
            CategoryTotal c = assessment.category(CostCategory.values()[i]);
            sheet.value(r, 0, SECTIONS[i] + ". " + text.category(c.category()));
            rupiah(sheet, r, 1, c.cost());
            rupiah(sheet, r, 2, c.domestic());
            rupiah(sheet, r, 3, c.foreign());
            percent(sheet, r, 4, c.domesticPercent());
            percent(sheet, r, 5, c.weightPercent());
            percent(sheet, r++, 6, c.contributionPercent());
        }
        label(sheet, r, text.label("total"));
        rupiah(sheet, r, 1, assessment.totalCost());
        rupiah(sheet, r, 2, assessment.totalDomestic());
        rupiah(sheet, r, 3, assessment.totalForeign());
        for (int c = 1; c <= 3; c++) {
            sheet.style(r, c).bold().format(RUPIAH).set();
        }
        r++;
        r = figure(sheet, r + 1, text.label("figure.tkdn"), assessment.tkdnPercent());
        r = figure(sheet, r, text.label("figure.bmp"), assessment.bmpPercent());
        return figure(sheet, r, text.label("figure.total"), assessment.totalPercent());
    }

    private static int figure(Worksheet sheet, int r, String label, BigDecimal percent) {
        label(sheet, r, label);
        percent(sheet, r, 6, percent);
        sheet.style(r, 6).bold().format(PERCENT).set();
        return r + 1;
    }

    private static void evidenceSheet(Worksheet sheet, WorksheetText text, List<WorksheetEvidence> evidence) {
        widths(sheet, 5, 16, 12, 28, 12, 16, 30, 22);
        headings(sheet, text, 0, "evidence.column.", EVIDENCE_HEADINGS);
        for (int i = 0; i < evidence.size(); i++) {
            WorksheetEvidence e = evidence.get(i);
            int r = i + 1;
            sheet.value(r, 0, r);
            sheet.value(r, 1, e.heatNumber());
            date(sheet, r, 2, e.meltedOn());
            sheet.value(r, 3, text.material(e));
            sheet.value(r, 4, e.weightKg());
            sheet.style(r, 4).format("#,##0.0").set();
            sheet.value(r, 5, text.chargeOrigin(e));
            sheet.value(r, 6, WorksheetText.orDash(e.supplier()));
            sheet.value(r, 7, WorksheetText.orDash(e.purchaseReference()));
        }
        int r = evidence.size() + 2;
        for (var weight : EvidencePdf.weightByOrigin(evidence).entrySet()) {
            sheet.value(r, 3, text.label("evidence.totalWeight", text.get(weight.getKey().messageKey())));
            sheet.value(r, 4, weight.getValue());
            sheet.style(r, 3).bold().set();
            sheet.style(r++, 4).bold().format("#,##0.0").set();
        }
        sheet.freezePane(0, 1);
    }

    private static void headings(Worksheet sheet, WorksheetText text, int row, String prefix, List<String> keys) {
        for (int c = 0; c < keys.size(); c++) {
            sheet.value(row, c, text.label(prefix + keys.get(c)));
            sheet.style(row, c).bold().wrapText(true).set();
        }
    }

    private static void label(Worksheet sheet, int r, String label) {
        sheet.value(r, 0, label);
        sheet.style(r, 0).bold().set();
    }

    private static void rupiah(Worksheet sheet, int r, int c, BigDecimal amount) {
        sheet.value(r, c, amount);
        sheet.style(r, c).format(RUPIAH).set();
    }

    /** A percentage as a percent cell: 86.25 % is stored as 0.8625. */
    private static void percent(Worksheet sheet, int r, int c, BigDecimal percent) {
        sheet.value(r, c, percent.movePointLeft(2));
        sheet.style(r, c).format(PERCENT).set();
    }

    private static void date(Worksheet sheet, int r, int c, LocalDate date) {
        sheet.value(r, c, date);
        sheet.style(r, c).format("yyyy-mm-dd").set();
    }

    private static void widths(Worksheet sheet, double... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
    }

}
