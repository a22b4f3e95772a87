package id.sentra.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** The first sheet of an Excel workbook (.xlsx); numbers come back as the digits a person typed. */
final class XlsxMemberFile implements MemberFileReader {

    @Override
    public MemberSheet read(InputStream content, int maxRows) throws IOException {
        var rows = new SheetCollector(maxRows);
        try (var workbook = new ReadableWorkbook(content); var stream = workbook.getFirstSheet().openStream()) {
            stream.forEachOrdered(row -> rows.add(toSheetRow(row)));
        } catch (FileRefusedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A zip that is not a workbook, or a damaged one: say so rather than show a stack trace.
            throw FileRefusedException.of("import.file.unreadable");
        }
        return rows.sheet();
    }

    private static SheetRow toSheetRow(Row row) {
        var cells = new ArrayList<String>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getOptionalCell(i).map(XlsxMemberFile::text).orElse(""));
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    static String text(Cell cell) {
        return switch (cell.getType()) {
            // A NIB typed as a number must come back as 13 digits, never as 3.301E12.
            case NUMBER -> plain(cell.asNumber());
            case STRING -> cell.asString().trim();
            case EMPTY -> "";
            case FORMULA, BOOLEAN, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue().trim();
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
