package id.sentra.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * A CSV file as spreadsheets save it: UTF-8, perhaps with a byte-order mark (Excel's "CSV UTF-8"),
 * separated by commas or, where the decimal mark is a comma as in Indonesia, by semicolons.
 */
final class CsvMemberFile implements MemberFileReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public MemberSheet read(InputStream content, int maxRows) throws IOException {
        String text = decode(content.readAllBytes());
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw FileRefusedException.of("import.file.type");
        }
        // Blank lines are kept as records so that record numbers stay equal to spreadsheet row numbers.
        var format = CSVFormat.DEFAULT.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false).get();
        var rows = new SheetCollector(maxRows);
        long lastRow = 0;
        try (var parser = CSVParser.parse(text, format)) {
            for (var record : parser) {
                lastRow = record.getRecordNumber();
                rows.add(new SheetRow(Math.toIntExact(lastRow), record.stream().map(String::trim).toList()));
            }
        } catch (UncheckedIOException e) {
            // commons-csv reports an unclosed quote this way; the row after the last good one holds it.
            throw new FileRefusedException(Finding.of((int) lastRow + 1, -1, "", "import.file.csvBroken"));
        }
        return rows.sheet();
    }

    /** The separator is the one of {@code ,} and {@code ;} that occurs more often, outside quotes, in the header line. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Most often a CSV saved by Excel in the Windows code page; silently guessing would garble names.
            throw FileRefusedException.of("import.file.encoding");
        }
    }
}
