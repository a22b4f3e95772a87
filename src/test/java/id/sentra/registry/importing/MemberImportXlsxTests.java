package id.sentra.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class MemberImportXlsxTests {

    @Test
    void readsAWorkbookBackWithNumbersAsTheDigitsThatWereTyped() throws IOException {
        byte[] workbook = ImportFiles.xlsx(List.of(
                List.of("nib", "nama_usaha", "lintang", "tenaga_kerja", "kapasitas_kg"),
                List.of(3301000000001L, "CV Logam Jaya", -7.65, 25, "GREY_IRON:30000"),
                List.of("3301000000002", "CV Dua", 110.5, 1500.0, "")));

        var sheet = read("anggota.xlsx", workbook);

        assertThat(sheet.header().number()).isEqualTo(1);
        assertThat(sheet.header().cells()).containsExactly("nib", "nama_usaha", "lintang", "tenaga_kerja", "kapasitas_kg");
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 3);
        assertThat(sheet.rows().get(0).cells()).containsExactly("3301000000001", "CV Logam Jaya", "-7.65", "25", "GREY_IRON:30000");
        assertThat(sheet.rows().get(1).cells()).startsWith("3301000000002", "CV Dua", "110.5", "1500");
    }

    @Test
    void numbersRowsAsExcelDoesAcrossEmptyRowsAndEmptyCells() throws IOException {
        var rows = new java.util.ArrayList<List<?>>();
        rows.add(List.of("nib", "nama_usaha", "pemilik"));
        rows.add(List.of("3301000000001", "CV Satu", "Pak Satu"));
        rows.add(List.of());
        rows.add(Arrays.asList("3301000000002", null, "Bu Dua"));

        var sheet = read("anggota.xlsx", ImportFiles.xlsx(rows));

        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 4);
        assertThat(sheet.rows().get(1).cells()).containsExactly("3301000000002", "", "Bu Dua");
    }

    @Test
    void recognisesAWorkbookByItsContentWhateverItsName() throws IOException {
        byte[] workbook = ImportFiles.xlsx(List.of(List.of("nib"), List.of("3301000000001")));

        assertThat(read("download", workbook).rows()).hasSize(1);
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertRefused("anggota.xlsx", zip.toByteArray(), "File tidak dapat dibaca sebagai Excel (.xlsx)");
    }

    @Test
    void refusesTheOldExcelFormatSayingHowToSaveAsXlsx() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertRefused("anggota.xls", ole2, "File Excel lama (.xls) tidak didukung");
    }

    @Test
    void refusesAnEmptyFileAndAnUnknownType() {
        assertRefused("anggota.csv", new byte[0], "File kosong.");
        assertRefused("anggota.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "Jenis file tidak dikenal");
        assertRefused("anggota.xlsx", "nib,nama_usaha\n".getBytes(StandardCharsets.US_ASCII), "File tidak dapat dibaca");
    }

    @Test
    void readsACsvByItsName() throws IOException {
        assertThat(read("Anggota.CSV", ImportFiles.csv("nib", "3301000000001")).rows()).hasSize(1);
    }

    private static MemberSheet read(String filename, byte[] content) throws IOException {
        var in = new BufferedInputStream(new ByteArrayInputStream(content));
        return MemberFileFormat.of(filename, in).read(in, 100);
    }

    private static void assertRefused(String filename, byte[] content, String reason) {
        assertThatThrownBy(() -> read(filename, content))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(Messages.text(e.finding().reason())).startsWith(reason));
    }
}
