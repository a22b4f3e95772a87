package id.sentra.tkdn.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sentra.SentraIntegrationTest;
import id.sentra.tkdn.TkdnWorksheets;

/** The public entry point in the running application: its message source knows every worksheet label. */
@SentraIntegrationTest
class TkdnWorksheetsTests {

    @Autowired
    TkdnWorksheets worksheets;

    @Test
    void printsTheWorksheetWithTheApplicationsBundlesInIndonesian() throws Exception {
        var worksheet = WorksheetExamples.brakeBlock(WorksheetExamples.evidence(2));

        String text = PdfReading.text(worksheets.pdf(worksheet, WorksheetExamples.INDONESIAN));

        assertThat(text).contains("Lembar Kerja Penilaian Sendiri TKDN Barang", "Bahan baku langsung",
                "Komponen impor: 0 % (Permenperin 35/2025 Pasal 5)", "Skrap baja", "TKDN + BMP 97,69 %");
    }

    @Test
    void writesTheWorkbookWithTheApplicationsBundlesInEnglish() throws Exception {
        var worksheet = WorksheetExamples.brakeBlock(WorksheetExamples.evidence(2));

        byte[] xlsx = worksheets.workbook(worksheet, WorksheetExamples.ENGLISH);

        try (var book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = book.getSheets().map(s -> s.getName()).toList();
            assertThat(names).containsExactly("TKDN worksheet", "Material evidence");
            assertThat(book.getSheet(1).orElseThrow().read().get(1).getCellText(3)).isEqualTo("Steel scrap");
        }
    }
}
