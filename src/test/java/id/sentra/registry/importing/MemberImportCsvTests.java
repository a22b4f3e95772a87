package id.sentra.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MemberImportCsvTests {

    private final CsvMemberFile csv = new CsvMemberFile();

    @Test
    void readsSemicolonSeparatedFileAsSpreadsheetsInIndonesiaSaveIt() throws IOException {
        var sheet = read("nib;nama_usaha;lintang\r\n3301000000001;CV Satu;-7,65\r\n3301000000002;CV Dua;-7,70\r\n");

        assertThat(sheet.header().cells()).containsExactly("nib", "nama_usaha", "lintang");
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 3);
        assertThat(sheet.rows().get(0).cells()).containsExactly("3301000000001", "CV Satu", "-7,65");
    }

    @Test
    void readsCommaSeparatedFileWithQuotedFieldsHoldingSeparatorsQuotesAndLineBreaks() throws IOException {
        var sheet = read("nib,nama_usaha,alamat,proses\n"
                + "3301000000001,\"CV \"\"Maju\"\", Jaya\",\"Jl. Batur 1\nRT 02\",SAND_CASTING;MACHINING\n"
                + "3301000000002,CV Dua,Jl. Tegal,MACHINING\n");

        assertThat(sheet.rows().get(0).cells())
                .containsExactly("3301000000001", "CV \"Maju\", Jaya", "Jl. Batur 1\nRT 02", "SAND_CASTING;MACHINING");
        // A spreadsheet shows the quoted line break inside one cell, so the next member is row 3, not 4.
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 3);
    }

    @Test
    void takesTheSeparatorFromTheHeaderLineEvenWhenDataRowsHoldTheOther() throws IOException {
        var sheet = read("nib,nama_usaha,proses\n3301000000001,CV Satu,SAND_CASTING;MACHINING;PAINTING_COATING\n");

        assertThat(sheet.rows().get(0).cells()).containsExactly("3301000000001", "CV Satu", "SAND_CASTING;MACHINING;PAINTING_COATING");
    }

    @Test
    void stripsTheByteOrderMarkExcelWritesBeforeTheFirstHeading() throws IOException {
        var sheet = read("\uFEFFnib;nama_usaha\r\n3301000000001;CV Logam Ceper\r\n");

        assertThat(sheet.header().cells().get(0)).isEqualTo("nib");
    }

    @Test
    void keepsNonAsciiNamesIntact() throws IOException {
        var sheet = read("nib,nama_usaha\n3301000000001,CV Logam Jaya — Cépér\n");

        assertThat(sheet.rows().get(0).cell(1)).isEqualTo("CV Logam Jaya — Cépér");
    }

    @Test
    void skipsBlankLinesButNumbersRowsAsTheSpreadsheetDoes() throws IOException {
        var sheet = read("nib,nama_usaha\n3301000000001,CV Satu\n\n,\n3301000000002,CV Dua\n\n");

        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2, 5);
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] windows1252 = "nib,nama_usaha\n3301000000001,CV Cépér\n".getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> csv.read(new ByteArrayInputStream(windows1252), 10))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(Messages.text(e.finding().reason())).contains("UTF-8"));
    }

    @Test
    void refusesAnUnclosedQuoteNamingTheRowWhereItStarts() {
        assertThatThrownBy(() -> read("nib,nama_usaha\n3301000000001,CV Satu\n3301000000002,\"CV Dua\n"))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.finding().row()).isEqualTo(3));
    }

    @Test
    void refusesMoreDataRowsThanTheLimit() {
        assertThatThrownBy(() -> csv.read(stream("nib\n1\n2\n3\n4\n"), 3))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(Messages.text(e.finding().reason())).isEqualTo("File berisi lebih dari 3 baris anggota. Bagi menjadi beberapa file."));
    }

    @Test
    void acceptsExactlyAsManyDataRowsAsTheLimit() throws IOException {
        assertThat(csv.read(stream("nib\n1\n2\n3\n"), 3).rows()).hasSize(3);
    }

    @Test
    void refusesAFileWithOnlyBlankLinesOrOnlyAHeader() {
        assertThatThrownBy(() -> read("\n\n"))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(Messages.text(e.finding().reason())).isEqualTo("File kosong."));
        assertThatThrownBy(() -> read("nib,nama_usaha\n"))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(Messages.text(e.finding().reason())).startsWith("File hanya berisi baris judul"));
    }

    @Test
    void detectsTheSeparator() {
        assertThat(CsvMemberFile.separator("a;b;c\n1,5;2,5;3")).isEqualTo(';');
        assertThat(CsvMemberFile.separator("a,b,\"c;d;e\"\n")).isEqualTo(',');
        assertThat(CsvMemberFile.separator("nib")).isEqualTo(',');
        assertThat(CsvMemberFile.separator("\"a,b\";c;d")).isEqualTo(';');
    }

    private MemberSheet read(String text) throws IOException {
        return csv.read(stream(text), 100);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
