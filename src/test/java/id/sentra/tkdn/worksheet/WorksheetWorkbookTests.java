package id.sentra.tkdn.worksheet;

import static id.sentra.tkdn.worksheet.WorksheetExamples.ENGLISH;
import static id.sentra.tkdn.worksheet.WorksheetExamples.INDONESIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.sentra.tkdn.AssessedLine;
import id.sentra.tkdn.CategoryTotal;
import id.sentra.tkdn.CostCategory;
import id.sentra.tkdn.TkdnAssessment;
import id.sentra.tkdn.TkdnWorksheet;

/**
 * The worksheet workbook read back with fastexcel-reader: lines are numeric cells equal to the assessment,
 * the subtotals add up the lines, the recap carries TKDN, BMP and their sum, and the evidence has its sheet.
 */
class WorksheetWorkbookTests {

    private final WorksheetWorkbook workbook = new WorksheetWorkbook(WorksheetExamples.messages());

    static List<Locale> locales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Test
    void everyLineOfThePublishedFormIsARowOfNumbersEqualToTheAssessment() throws IOException {
        TkdnWorksheet bed = WorksheetExamples.hospitalBed();
        List<Row> rows = sheet(workbook.write(bed, ENGLISH), 0);

        for (AssessedLine line : bed.assessment().lines()) {
            Row row = rowWith(rows, 1, line.line().item());
            assertThat(row.getCell(4).getType()).isEqualTo(CellType.NUMBER);
            assertThat(List.of(number(row, 0), number(row, 4), number(row, 5), number(row, 6), number(row, 7),
                    number(row, 8), number(row, 9))).usingElementComparator(BigDecimal::compareTo).containsExactly(
                    BigDecimal.valueOf(line.number()), line.line().quantity(), line.line().unitPrice(), line.domestic(),
                    line.foreign(), line.cost(), line.creditPercent().movePointLeft(2));
            assertThat(row.getCellText(10)).isNotBlank();
        }
        assertThat(rowWith(rows, 1, "L9 Round bar 6 mm x 6 m").getCell(6).asNumber()).isEqualByComparingTo("18214.4");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void eachSubtotalAddsUpItsLinesAndEqualsTheAssessment(Locale locale) throws IOException {
        TkdnWorksheet block = WorksheetExamples.brakeBlock(WorksheetExamples.evidence(4));
        TkdnAssessment a = block.assessment();
        List<Row> rows = sheet(workbook.write(block, locale), 0);

        for (int i = 0; i < 3; i++) {
            CostCategory category = CostCategory.values()[i];
            CategoryTotal total = a.category(category);
            Row subtotal = rowWith(rows, 1, "Subtotal " + (char) ('A' + i));
            List<AssessedLine> lines = a.lines().stream().filter(l -> l.line().category() == category).toList();
            BigDecimal domestic = lines.stream().map(l -> number(rowWith(rows, 1, l.line().item()), 6))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal cost = lines.stream().map(l -> number(rowWith(rows, 1, l.line().item()), 8))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(number(subtotal, 6)).isEqualByComparingTo(total.domestic()).isEqualByComparingTo(domestic);
            assertThat(number(subtotal, 7)).isEqualByComparingTo(total.foreign());
            assertThat(number(subtotal, 8)).isEqualByComparingTo(total.cost()).isEqualByComparingTo(cost);
            assertThat(number(subtotal, 9)).isEqualByComparingTo(total.domesticPercent().movePointLeft(2));
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theRecapCarriesTheWeightsTkdnBmpAndTheirSum(Locale locale) throws IOException {
        TkdnWorksheet block = WorksheetExamples.brakeBlock(List.of());
        TkdnAssessment a = block.assessment();
        List<Row> rows = sheet(workbook.write(block, locale), 0);
        boolean english = locale == ENGLISH;

        Row material = rows.stream().filter(r -> r.getCellText(0).startsWith("A. ") && r.getCellCount() > 1 && r.getCell(1) != null
                && r.getCell(1).getType() == CellType.NUMBER).findFirst().orElseThrow();
        assertThat(number(material, 5)).isEqualByComparingTo("0.75");
        assertThat(number(material, 6)).isEqualByComparingTo(a.category(CostCategory.DIRECT_MATERIAL).contributionPercent().movePointLeft(2));
        Row total = rowWith(rows, 0, english ? "Total production cost" : "Jumlah biaya produksi");
        assertThat(number(total, 1)).isEqualByComparingTo(a.totalCost()).isEqualByComparingTo("120000");
        assertThat(number(total, 2)).isEqualByComparingTo(a.totalDomestic()).isEqualByComparingTo("109000");
        assertThat(number(total, 3)).isEqualByComparingTo(a.totalForeign()).isEqualByComparingTo("11000");
        assertThat(number(rowWith(rows, 0, "TKDN"), 6)).isEqualByComparingTo("0.8969");
        assertThat(number(rowWith(rows, 0, "BMP"), 6)).isEqualByComparingTo(a.bmpPercent().movePointLeft(2));
        assertThat(number(rowWith(rows, 0, "TKDN + BMP"), 6)).isEqualByComparingTo(a.totalPercent().movePointLeft(2));
        assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).contains("Permenperin 35/2025", "Pasal 4"));
    }

    @Test
    void theHeaderNamesManufacturerPeriodAndRegulation() throws IOException {
        List<Row> rows = sheet(workbook.write(WorksheetExamples.hospitalBed(), INDONESIAN), 0);

        assertThat(rowWith(rows, 0, "Produsen").getCellText(2)).isEqualTo("CV Logam Jaya");
        assertThat(rowWith(rows, 0, "Peraturan").getCellText(2)).isEqualTo("Permenperin 16/2011");
        Row period = rowWith(rows, 0, "Periode data");
        assertThat(period.getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(period.getCellAsDate(3).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theEvidenceSheetListsEveryChargeLineWithItsOrigin() throws IOException {
        byte[] xlsx = workbook.write(WorksheetExamples.brakeBlock(WorksheetExamples.evidence(40)), INDONESIAN);

        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = book.getSheets().map(s -> s.getName()).toList();
            assertThat(names).containsExactly("Lembar kerja TKDN", "Bukti asal bahan");
        }
        List<Row> rows = sheet(xlsx, 1);
        assertThat(rows.stream().filter(r -> r.getCellText(1).startsWith("CP-"))).hasSize(40);
        assertThat(rows.getFirst().getCellText(1)).isEqualTo("Nomor heat");
        Row second = rows.get(2);
        assertThat(second.getCellText(1)).isEqualTo("CP-0002");
        assertThat(second.getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(second.getCellText(3)).isEqualTo("Besi kasar (pig iron)");
        assertThat(number(second, 4)).isEqualByComparingTo("250.5");
        assertThat(second.getCellText(5)).isEqualTo("Impor");
        assertThat(rows.get(1).getCellText(6)).isEqualTo("UD Besi Klaten");
        assertThat(rows.get(1).getCellText(7)).isEqualTo("PO-001");
        assertThat(number(rowWith(rows, 3, "Jumlah berat, Dalam negeri"), 4)).isEqualByComparingTo("5010");
        assertThat(number(rowWith(rows, 3, "Jumlah berat, Impor"), 4)).isEqualByComparingTo("5010");
    }

    private static List<Row> sheet(byte[] xlsx, int index) throws IOException {
        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getSheet(index).orElseThrow().read();
        }
    }

    private static Row rowWith(List<Row> rows, int column, String text) {
        return rows.stream().filter(r -> r.getCellCount() > column && text.equals(r.getCellText(column))).findFirst()
                .orElseThrow(() -> new AssertionError("No row with \"" + text + "\" in column " + column));
    }

    private static BigDecimal number(Row row, int column) {
        assertThat(row.getCell(column).getType()).as("cell %d of row %d", column, row.getRowNum()).isEqualTo(CellType.NUMBER);
        return row.getCell(column).asNumber();
    }
}
