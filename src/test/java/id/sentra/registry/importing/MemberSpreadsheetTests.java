package id.sentra.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import id.sentra.registry.EquipmentKind;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberRow;
import id.sentra.registry.Process;

class MemberSpreadsheetTests {

    private final MemberRow active = new MemberRow(1, 7, "Koperasi Batur Jaya", "CV Logam Jaya", "3310010000001",
            "Sutrisno", "Ceper", "Klaten", 25, 30_000, Set.of(Process.MACHINING, Process.SAND_CASTING),
            Set.of(MaterialFamily.GREY_IRON), Set.of(EquipmentKind.LATHE, EquipmentKind.FURNACE), true);
    /** As a buyer or the ministry sees a member: no owner, no workforce. */
    private final MemberRow publicView = new MemberRow(2, 7, "Koperasi Batur Jaya", "UD Cor Baru", "3310010000002",
            null, "Trucuk", "Klaten", null, 0, Set.of(), Set.of(), Set.of(), false);

    @Test
    void writesTheHeadingsInIndonesianAndOneRowPerMember() throws IOException {
        var rows = readBack(write(Messages.source(), Messages.INDONESIAN, List.of(active, publicView)));

        assertThat(texts(rows.get(0))).containsExactly("Nama usaha", "NIB", "Pemilik", "Kecamatan", "Kabupaten",
                "Koperasi", "Tenaga kerja", "Kapasitas (kg/bulan)", "Proses", "Material", "Peralatan", "Status");
        assertThat(rows).hasSize(3);
        assertThat(texts(rows.get(1))).containsExactly("CV Logam Jaya", "3310010000001", "Sutrisno", "Ceper", "Klaten",
                "Koperasi Batur Jaya", "25", "30000", "SAND_CASTING; MACHINING", "GREY_IRON", "FURNACE; LATHE", "Aktif");
        assertThat(rows.get(1).getCellAsNumber(6)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(25));
    }

    @Test
    void leavesTheWorkforceAndOwnerBlankWhereTheReaderMayNotSeeThem() throws IOException {
        var rows = readBack(write(Messages.source(), Messages.INDONESIAN, List.of(publicView)));

        assertThat(texts(rows.get(1))).containsExactly("UD Cor Baru", "3310010000002", "", "Trucuk", "Klaten",
                "Koperasi Batur Jaya", "", "0", "", "", "", "Tidak aktif");
    }

    @Test
    void writesTheHeadingsInEnglishForAnEnglishReader() throws IOException {
        var rows = readBack(write(Messages.source(), Locale.forLanguageTag("en-ID"), List.of(active)));

        assertThat(texts(rows.get(0))).startsWith("Business name", "NIB", "Owner");
        assertThat(texts(rows.get(1))).endsWith("Active");
    }

    @Test
    void namesProcessesMaterialsAndEquipmentByTheirLabelsWhereTheBundlesHaveThem() throws IOException {
        var labels = new StaticMessageSource();
        labels.addMessage("enum.Process.SAND_CASTING", Messages.INDONESIAN, "Cetak pasir");
        labels.addMessage("enum.Process.MACHINING", Messages.INDONESIAN, "Permesinan");
        labels.addMessage("enum.MaterialFamily.GREY_IRON", Messages.INDONESIAN, "Besi cor kelabu");
        var messages = Messages.source();
        messages.setParentMessageSource(labels);

        var rows = readBack(write(messages, Messages.INDONESIAN, List.of(active)));

        assertThat(texts(rows.get(1))).contains("Cetak pasir; Permesinan", "Besi cor kelabu");
    }

    private static byte[] write(org.springframework.context.MessageSource messages, Locale locale, List<MemberRow> rows)
            throws IOException {
        var out = new ByteArrayOutputStream();
        new MemberSpreadsheet(messages).write(rows, locale, out);
        return out.toByteArray();
    }

    private static List<Row> readBack(byte[] xlsx) throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }

    /** Every cell of the row as text, an absent cell as "", up to the twelve columns of the list. */
    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> row.getOptionalCell(i).map(XlsxMemberFile::text).orElse(""))
                .toList();
    }
}
