package id.sentra.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.sentra.platform.FieldProblem;
import id.sentra.registry.Address;
import id.sentra.registry.Capacity;
import id.sentra.registry.Certification;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.Equipment;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.FurnaceType;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberDetails;
import id.sentra.registry.Process;

class MemberImportColumnsTests {

    @Test
    void readsEveryColumnOfARowIntoMemberDetails() {
        var parsed = parse(ImportFiles.HEADER, "3301.0000.0000-1,CV Logam Jaya,Sutrisno,Jl. Batur 1,Batur,Ceper,Klaten,"
                + "Jawa Tengah,\"-7,65\",110.68,25,1988,sand casting;Machining,GREY_IRON;ductile_iron,"
                + "CUPOLA:1500:4;induction:500:6,SPECTROMETER;LATHE:2,"
                + "ISO_9001:QMS:123:2027-05-31;SNI:SNI 07-0636:2028-01-01,GREY_IRON:30000;DUCTILE_IRON:8000");

        assertThat(parsed.findings()).isEmpty();
        assertThat(parsed.details()).isEqualTo(new MemberDetails("CV Logam Jaya", "3301000000001", "Sutrisno",
                new Address("Jl. Batur 1", "Batur", "Ceper", "Klaten", "Jawa Tengah"), new GeoPoint(-7.65, 110.68),
                25, 1988, Set.of(Process.SAND_CASTING, Process.MACHINING),
                Set.of(MaterialFamily.GREY_IRON, MaterialFamily.DUCTILE_IRON),
                List.of(Equipment.furnace(FurnaceType.CUPOLA, 1500, 4), Equipment.furnace(FurnaceType.INDUCTION, 500, 6),
                        Equipment.machine(EquipmentKind.SPECTROMETER, 1), Equipment.machine(EquipmentKind.LATHE, 2)),
                List.of(new Certification(CertificationKind.ISO_9001, "QMS:123", null, LocalDate.of(2027, 5, 31)),
                        new Certification(CertificationKind.SNI, "SNI 07-0636", null, LocalDate.of(2028, 1, 1))),
                List.of(Capacity.kilograms(MaterialFamily.GREY_IRON, 30_000),
                        Capacity.kilograms(MaterialFamily.DUCTILE_IRON, 8_000))));
    }

    @Test
    void acceptsEnglishHeadingsInAnyCaseAndOnlyTheRequiredColumns() {
        var problems = new ArrayList<Finding>();
        var columns = MemberColumns.read(header("NIB; Legal Name ;owner;Kecamatan;KABUPATEN;province;Workforce"), problems);
        var parsed = new MemberRowParser(columns)
                .parse(new SheetRow(2, List.of("3301000000001", "CV Satu", "Bu Sri", "Ceper", "Klaten", "Jawa Tengah", "12")));

        assertThat(problems).isEmpty();
        assertThat(parsed.findings()).isEmpty();
        assertThat(parsed.details().legalName()).isEqualTo("CV Satu");
        assertThat(parsed.details().workforce()).isEqualTo(12);
        assertThat(parsed.details().location()).isNull();
        assertThat(parsed.details().equipment()).isEmpty();
    }

    @Test
    void reportsEveryMissingRequiredColumnOnTheHeaderRow() {
        var problems = new ArrayList<Finding>();
        MemberColumns.read(header("nib;nama_usaha;kecamatan;kabupaten"), problems);

        assertThat(problems).extracting(Finding::row, Finding::column, f -> Messages.text(f.reason())).containsExactly(
                tuple(1, "pemilik", "Kolom wajib ini tidak ada di baris judul."),
                tuple(1, "provinsi", "Kolom wajib ini tidak ada di baris judul."),
                tuple(1, "tenaga_kerja", "Kolom wajib ini tidak ada di baris judul."));
    }

    @Test
    void reportsUnknownAndRepeatedColumnsRatherThanIgnoringTheirData() {
        var problems = new ArrayList<Finding>();
        MemberColumns.read(header("nib;nama_usaha;pemilik;kecamatan;kabupaten;provinsi;tenaga_kerja;catatan;workforce"), problems);

        assertThat(problems).extracting(Finding::column).containsExactly("catatan", "workforce");
        assertThat(Messages.text(problems.get(0).reason())).startsWith("Kolom tidak dikenal. Kolom yang dikenal: nib, nama_usaha,");
        assertThat(Messages.text(problems.get(1).reason())).isEqualTo("Kolom ini muncul lebih dari sekali.");
    }

    @Test
    void reportsEachUnreadableCellUnderTheFilesOwnHeading() {
        var parsed = parse("NIB,Nama_Usaha,Pemilik,Kecamatan,Kabupaten,Provinsi,Tenaga_Kerja,Tahun_Berdiri,Proses",
                "3301000000001,CV Satu,Sutrisno,Ceper,Klaten,Jawa Tengah,dua puluh,1988.5,SAND_CASTING;FORGING");

        assertThat(parsed.findings()).extracting(Finding::row, Finding::column, f -> Messages.text(f.reason())).containsExactly(
                tuple(2, "Tenaga_Kerja", "“dua puluh” bukan bilangan bulat."),
                tuple(2, "Tahun_Berdiri", "“1988.5” bukan bilangan bulat."),
                tuple(2, "Proses", "Kode “FORGING” tidak dikenal. Pilihan: SAND_CASTING, CENTRIFUGAL_CASTING, MACHINING, "
                        + "COMPOSITE_PRESSING, PAINTING_COATING."));
        assertThat(parsed.substituted()).containsExactly(Column.WORKFORCE);
    }

    @Test
    void reportsAnEmptyWorkforceAsRequired() {
        var parsed = parse("nib,nama_usaha,pemilik,kecamatan,kabupaten,provinsi,tenaga_kerja",
                "3301000000001,CV Satu,Sutrisno,Ceper,Klaten,Jawa Tengah,");

        assertThat(parsed.findings()).extracting(Finding::column, f -> Messages.text(f.reason()))
                .containsExactly(tuple("tenaga_kerja", "Wajib diisi."));
    }

    @Test
    void namesTheEntryOfAListCellThatCannotBeRead() {
        var parsed = parse(ImportFiles.HEADER,
                "3301000000001,CV Satu,Sutrisno,,,Ceper,Klaten,Jawa Tengah,,,25,,,,CUPOLA:1500:4;KUPOLA:1000:2;CUPOLA:800,"
                        + "LATHE:dua;FURNACE,SNI:SNI 1:31-12-2028,GREY_IRON");

        assertThat(parsed.findings()).extracting(Finding::column, f -> Messages.text(f.reason())).containsExactly(
                tuple("tungku", "Entri ke-2: Kode “KUPOLA” tidak dikenal. Pilihan: CUPOLA, INDUCTION, CRUCIBLE."),
                tuple("tungku", "Entri ke-3: “CUPOLA:800” tidak sesuai format JENIS:kg_per_lebur:lebur_per_hari, mis. CUPOLA:1500:4."),
                tuple("peralatan", "Entri ke-1: “dua” bukan bilangan bulat."),
                tuple("peralatan", "Entri ke-2: Tungku diisi di kolom tungku, bukan di kolom peralatan."),
                tuple("sertifikasi", "Entri ke-1: “31-12-2028” bukan tanggal; tulis tttt-bb-hh, mis. 2027-05-31."),
                tuple("kapasitas_kg", "Entri ke-1: “GREY_IRON” tidak sesuai format MATERIAL:kg_per_bulan, mis. GREY_IRON:30000."));
        // The readable first furnace is kept, so the rules can still check it.
        assertThat(parsed.details().equipment()).containsExactly(Equipment.furnace(FurnaceType.CUPOLA, 1500, 4));
    }

    @Test
    void asksForBothCoordinatesOrNeither() {
        var parsed = parse(ImportFiles.HEADER,
                "3301000000001,CV Satu,Sutrisno,,,Ceper,Klaten,Jawa Tengah,-7.65,,25,,,,,,,");

        assertThat(parsed.findings()).extracting(Finding::column, f -> Messages.text(f.reason()))
                .containsExactly(tuple("bujur", "Isi lintang dan bujur bersama-sama, atau kosongkan keduanya."));
    }

    @Test
    void putsARuleProblemOnAListBackOnItsColumnAndEntry() {
        var parsed = parse(ImportFiles.HEADER,
                "3301000000001,CV Satu,Sutrisno,,,Ceper,Klaten,Jawa Tengah,,,25,,,,KUPOLA:1:1;CUPOLA:0:4,LATHE,,GREY_IRON:0");
        var columns = MemberColumns.read(header(ImportFiles.HEADER.replace(',', ';')), new ArrayList<>());
        var rules = new RuleFields(columns);

        var furnace = rules.locate(parsed, FieldProblem.of("equipment[0].kgPerHeat", "member.furnace.kgPerHeat", 1, 50_000));
        var lathe = rules.locate(parsed, FieldProblem.of("equipment[1].units", "field.positive"));
        var capacity = rules.locate(parsed, FieldProblem.of("capacities[0].amount", "field.positive"));

        // The unreadable first furnace is not in the details, so the rules' equipment[0] is the file's second entry.
        assertThat(furnace).get().extracting(Finding::row, Finding::column).containsExactly(2, "tungku");
        assertThat(Messages.text(furnace.get().reason())).startsWith("Entri ke-2: ");
        assertThat(lathe).get().extracting(Finding::column).isEqualTo("peralatan");
        assertThat(Messages.text(lathe.get().reason())).startsWith("Entri ke-1: ");
        assertThat(capacity).get().extracting(Finding::column).isEqualTo("kapasitas_kg");
    }

    @Test
    void leavesOutARuleProblemOnACellThatCouldNotBeReadAtAll() {
        var parsed = parse("nib,nama_usaha,pemilik,kecamatan,kabupaten,provinsi,tenaga_kerja",
                "3301000000001,CV Satu,Sutrisno,Ceper,Klaten,Jawa Tengah,banyak");
        var rules = new RuleFields(MemberColumns.read(header("nib;nama_usaha;pemilik;kecamatan;kabupaten;provinsi;tenaga_kerja"),
                new ArrayList<>()));

        assertThat(rules.locate(parsed, FieldProblem.of("workforce", "member.workforce.range", 1, 10_000))).isEmpty();
        assertThat(rules.locate(parsed, FieldProblem.of("nib", "member.nib.invalid"))).get()
                .extracting(Finding::column).isEqualTo("nib");
    }

    private static ParsedRow parse(String header, String line) {
        var problems = new ArrayList<Finding>();
        var columns = MemberColumns.read(csvRow(1, header), problems);
        assertThat(problems).isEmpty();
        return new MemberRowParser(columns).parse(csvRow(2, line));
    }

    private static SheetRow csvRow(int number, String line) {
        try (var parser = org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            return new SheetRow(number, parser.getRecords().get(0).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static SheetRow header(String semicolonSeparated) {
        return new SheetRow(1, Arrays.asList(semicolonSeparated.split(";")));
    }
}
