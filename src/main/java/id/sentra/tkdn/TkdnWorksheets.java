package id.sentra.tkdn;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.sentra.tkdn.worksheet.WorksheetPdf;
import id.sentra.tkdn.worksheet.WorksheetWorkbook;

/**
 * The TKDN self-assessment worksheet as the files a member hands to a verifier or a buyer: a PDF to print
 * and sign, and an Excel workbook with the same figures as numbers. Labels, numbers and dates follow the
 * reader's locale (Bahasa Indonesia first, English).
 */
@Component
public class TkdnWorksheets {

    private final WorksheetPdf pdf;
    private final WorksheetWorkbook workbook;

    TkdnWorksheets(MessageSource messages) {
        this.pdf = new WorksheetPdf(messages);
        this.workbook = new WorksheetWorkbook(messages);
    }

    /** The worksheet as a PDF on landscape A4 pages, the evidence list on the pages after the recap. */
    public byte[] pdf(TkdnWorksheet worksheet, Locale locale) {
        return pdf.render(worksheet, locale);
    }

    /** The worksheet as an .xlsx workbook: the worksheet sheet and the evidence sheet. */
    public byte[] workbook(TkdnWorksheet worksheet, Locale locale) {
        return workbook.write(worksheet, locale);
    }
}
