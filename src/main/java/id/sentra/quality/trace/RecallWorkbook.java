package id.sentra.quality.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A heat's recall list as an Excel workbook: the cooperative sends it on to buyers and works it off in a
 * spreadsheet. One row per lot, headings in the reader's language, dates as dates.
 */
@Component
public class RecallWorkbook {

    private static final List<String> HEADINGS = List.of("heat", "lot", "madeOn", "pieces", "part", "workOrder",
            "period", "member", "contract", "buyer", "certificate");

    private final MessageSource messages;

    RecallWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public void write(HeatRecall recall, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Sentra", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("trace.recall.sheet", null, locale));
        for (int c = 0; c < HEADINGS.size(); c++) {
            sheet.value(0, c, messages.getMessage("trace.recall.column." + HEADINGS.get(c), null, locale));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < recall.lines().size(); r++) {
            row(sheet, r + 1, recall.heat().heatNumber(), recall.lines().get(r));
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static void row(Worksheet sheet, int r, String heatNumber, RecallLine line) {
        var origin = line.origin();
        sheet.value(r, 0, heatNumber);
        sheet.value(r, 1, line.lotId());
        sheet.value(r, 2, line.madeOn());
        sheet.style(r, 2).format("yyyy-mm-dd").set();
        sheet.value(r, 3, line.quantityMade());
        sheet.value(r, 4, origin.partName());
        sheet.value(r, 5, origin.workOrderId());
        sheet.value(r, 6, origin.period().toString().substring(0, 7));
        sheet.value(r, 7, origin.memberName());
        sheet.value(r, 8, origin.contractReference());
        sheet.value(r, 9, origin.buyerName());
        sheet.value(r, 10, line.certificateNumber() == null ? "" : line.certificateNumber());
    }
}
