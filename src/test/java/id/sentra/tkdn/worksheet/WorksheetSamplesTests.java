package id.sentra.tkdn.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import id.sentra.tkdn.TkdnWorksheet;

/**
 * Writes the sample worksheets (hospital bed under 16/2011, brake block under 35/2025, both languages) to
 * target/worksheet-samples, for a person to open and judge the layout.
 */
class WorksheetSamplesTests {

    @Test
    void writesTheSampleWorksheetsForAPersonToOpen() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "worksheet-samples"));
        var pdf = new WorksheetPdf(WorksheetExamples.messages());
        var workbook = new WorksheetWorkbook(WorksheetExamples.messages());
        TkdnWorksheet bed = WorksheetExamples.hospitalBed();
        TkdnWorksheet block = WorksheetExamples.brakeBlock(WorksheetExamples.evidence(90));
        for (var locale : new java.util.Locale[] {WorksheetExamples.INDONESIAN, WorksheetExamples.ENGLISH}) {
            String suffix = "-" + locale.getLanguage();
            Files.write(folder.resolve("hospital-bed-16-2011" + suffix + ".pdf"), pdf.render(bed, locale));
            Files.write(folder.resolve("brake-block-35-2025" + suffix + ".pdf"), pdf.render(block, locale));
            Files.write(folder.resolve("hospital-bed-16-2011" + suffix + ".xlsx"), workbook.write(bed, locale));
            Files.write(folder.resolve("brake-block-35-2025" + suffix + ".xlsx"), workbook.write(block, locale));
        }
        assertThat(folder.resolve("brake-block-35-2025-id.pdf")).isNotEmptyFile();
    }
}
