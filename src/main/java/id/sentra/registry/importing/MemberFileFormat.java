package id.sentra.registry.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** Tells an .xlsx from a .csv by the file's first bytes and its name; any other file is refused with a reason. */
final class MemberFileFormat {

    private MemberFileFormat() {
    }

    static MemberFileReader of(String filename, BufferedInputStream content) throws IOException {
        content.mark(8);
        byte[] head = content.readNBytes(8);
        content.reset();
        String name = filename.toLowerCase(Locale.ROOT).strip();
        if (head.length == 0) {
            throw FileRefusedException.of("import.file.empty");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            return new XlsxMemberFile();
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            // The Excel 97-2003 format: common in offices, and a one-step fix for the person.
            throw FileRefusedException.of("import.file.xls");
        }
        if (name.endsWith(".xlsx")) {
            throw FileRefusedException.of("import.file.unreadable");
        }
        if (name.endsWith(".csv")) {
            return new CsvMemberFile();
        }
        throw FileRefusedException.of("import.file.type");
    }
}
