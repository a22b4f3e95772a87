package id.sentra.registry.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.sentra.registry.MemberRow;

/**
 * The member list as an Excel workbook, for cooperatives and the ministry who keep working in
 * spreadsheets. Column headings are in the reader's language; a figure the reader may not see stays blank.
 */
@Component
public class MemberSpreadsheet {

    private static final List<String> HEADINGS = List.of("name", "nib", "owner", "kecamatan", "kabupaten",
            "cooperative", "workforce", "capacityKg", "processes", "materials", "equipment", "status");

    private final MessageSource messages;

    public MemberSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    public void write(List<MemberRow> members, Locale locale, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "Sentra", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("export.sheet", null, locale));
        for (int c = 0; c < HEADINGS.size(); c++) {
            sheet.value(0, c, messages.getMessage("export.column." + HEADINGS.get(c), null, locale));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < members.size(); r++) {
            writeRow(sheet, r + 1, members.get(r), locale);
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private void writeRow(Worksheet sheet, int r, MemberRow m, Locale locale) {
        sheet.value(r, 0, m.legalName());
        sheet.value(r, 1, m.nib());
        if (m.ownerName() != null) {
            sheet.value(r, 2, m.ownerName());
        }
        sheet.value(r, 3, m.kecamatan());
        sheet.value(r, 4, m.kabupaten());
        sheet.value(r, 5, m.cooperativeName());
        if (m.workforce() != null) {
            sheet.value(r, 6, m.workforce());
        }
        sheet.value(r, 7, m.capacityKgPerMonth());
        sheet.value(r, 8, labels(m.processes(), p -> p.messageKey(), locale));
        sheet.value(r, 9, labels(m.materials(), mf -> mf.messageKey(), locale));
        sheet.value(r, 10, labels(m.equipment(), e -> e.messageKey(), locale));
        sheet.value(r, 11, messages.getMessage(m.active() ? "export.status.active" : "export.status.inactive", null, locale));
    }

    /** Labels in the enums' order; the code itself where a label is missing, so a value is never lost. */
    private <E extends Enum<E>> String labels(Collection<E> values, Function<E, String> key, Locale locale) {
        return values.stream().sorted()
                .map(v -> messages.getMessage(key.apply(v), null, v.name(), locale))
                .collect(Collectors.joining("; "));
    }
}
