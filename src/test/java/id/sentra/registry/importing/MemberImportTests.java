package id.sentra.registry.importing;

import static id.sentra.registry.importing.ImportFiles.HEADER;
import static id.sentra.registry.importing.ImportFiles.csv;
import static id.sentra.registry.importing.ImportFiles.nib;
import static id.sentra.registry.importing.ImportFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.Address;
import id.sentra.registry.Capacity;
import id.sentra.registry.Certification;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.Cluster;
import id.sentra.registry.Cooperative;
import id.sentra.registry.CooperativeDirectory;
import id.sentra.registry.Equipment;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.FurnaceType;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.MemberDetails;
import id.sentra.registry.MemberRegistry;
import id.sentra.registry.Process;

@SentraIntegrationTest
class MemberImportTests {

    private static final AtomicInteger COOPERATIVES = new AtomicInteger();
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired MemberImport memberImport;
    @Autowired MemberRegistry registry;
    @Autowired CooperativeDirectory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void savesNothingWhenOneRowIsBadAndEverythingOnceItIsFixed() {
        long cooperative = newCooperative();
        var operator = operatorOf(cooperative);
        String twelveDigits = "330100000010";

        var rejected = importCsv(operator, cooperative, csv(HEADER,
                row(nib(3525, 101), "Satu"), row(nib(3525, 102), "Dua"), row(twelveDigits, "Tiga"), row(nib(3525, 104), "Empat")));

        assertThat(rejected.succeeded()).isFalse();
        assertThat(rejected.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(tuple(4, "nib"));
        assertThat(rejected.problems().get(0).reason()).isNotBlank().isNotEqualTo("member.nib.invalid");
        assertThat(membersOf(cooperative)).isZero();

        var saved = importCsv(operator, cooperative, csv(HEADER,
                row(nib(3525, 101), "Satu"), row(nib(3525, 102), "Dua"), row(nib(3525, 103), "Tiga"), row(nib(3525, 104), "Empat")));

        assertThat(saved.succeeded()).isTrue();
        assertThat(saved.saved()).isEqualTo(4);
        assertThat(membersOf(cooperative)).isEqualTo(4);
    }

    @Test
    void savesEveryColumnOfTheFileAsTheMembersProfile() {
        long cooperative = newCooperative();
        var admin = new SentraUser(0, "admin", "Admin", null, Role.ADMIN, null, null, null, false, true);
        String nib = nib(3525, 201);

        var result = importCsv(admin, cooperative, csv(HEADER, row(nib, "Logam Jaya")));

        assertThat(result.saved()).isEqualTo(1);
        long id = jdbc.sql("select id from member where nib = ?").param(nib).query(Long.class).single();
        assertThat(registry.profile(admin, id).details()).isEqualTo(new MemberDetails("CV Logam Jaya", nib, "Sutrisno",
                new Address("Jl. Batur 1", "Batur", "Ceper", "Klaten", "Jawa Tengah"), new GeoPoint(-7.65, 110.68),
                25, 1988, Set.of(Process.SAND_CASTING, Process.MACHINING), Set.of(MaterialFamily.GREY_IRON),
                List.of(Equipment.furnace(FurnaceType.CUPOLA, 1500, 4), Equipment.machine(EquipmentKind.LATHE, 2)),
                List.of(new Certification(CertificationKind.SNI, "SNI 07-0636", null, LocalDate.of(2030, 1, 1))),
                List.of(Capacity.kilograms(MaterialFamily.GREY_IRON, 30_000))));
    }

    @Test
    void reportsAWorkforceWrittenInWordsInAnXlsxAndSavesNothing() {
        long cooperative = newCooperative();
        byte[] workbook = ImportFiles.xlsx(List.of(
                List.of("nib", "nama_usaha", "pemilik", "kecamatan", "kabupaten", "provinsi", "tenaga_kerja"),
                List.of(nib(3525, 301), "CV Satu", "Sutrisno", "Ceper", "Klaten", "Jawa Tengah", 25),
                List.of(nib(3525, 302), "CV Dua", "Sutrisno", "Ceper", "Klaten", "Jawa Tengah", "dua puluh")));

        var result = memberImport.importFile(operatorOf(cooperative), cooperative, "anggota.xlsx",
                new ByteArrayInputStream(workbook), INDONESIAN);

        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::reason)
                .containsExactly(tuple(3, "tenaga_kerja", "“dua puluh” bukan bilangan bulat."));
        assertThat(membersOf(cooperative)).isZero();
    }

    @Test
    void namesBothRowsOfANibThatTheFileRepeats() {
        long cooperative = newCooperative();
        String repeated = nib(3525, 401);

        var result = importCsv(operatorOf(cooperative), cooperative,
                csv(HEADER, row(repeated, "Satu"), row(nib(3525, 402), "Dua"), row(repeated, "Tiga")));

        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::reason).containsExactly(
                tuple(2, "nib", "NIB " + repeated + " juga ada di baris 4."),
                tuple(4, "nib", "NIB " + repeated + " juga ada di baris 2."));
        assertThat(membersOf(cooperative)).isZero();
    }

    @Test
    void reportsANibThatIsAlreadyRegistered() {
        long cooperative = newCooperative();
        var operator = operatorOf(cooperative);
        String registered = nib(3525, 501);
        importCsv(operator, cooperative, csv(HEADER, row(registered, "Lama")));

        var result = importCsv(operator, cooperative, csv(HEADER, row(nib(3525, 502), "Baru"), row(registered, "Lama Lagi")));

        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::reason)
                .containsExactly(tuple(3, "nib", "NIB " + registered + " sudah terdaftar di Sentra."));
        assertThat(membersOf(cooperative)).isEqualTo(1);
    }

    @Test
    void listsEveryProblemOfEveryRowInReadingOrder() {
        long cooperative = newCooperative();

        var result = importCsv(operatorOf(cooperative), cooperative, csv(
                "nib;nama_usaha;pemilik;kecamatan;kabupaten;provinsi;tenaga_kerja;tungku",
                nib(3525, 601) + ";CV Satu;Sutrisno;Ceper;Klaten;Jawa Tengah;0;CUPOLA:0:4",
                "123;;Sutrisno;Ceper;Klaten;Jawa Tengah;25;"));

        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                tuple(2, "tenaga_kerja"), tuple(2, "tungku"), tuple(3, "nib"), tuple(3, "nama_usaha"));
        assertThat(result.problems().get(1).reason()).startsWith("Entri ke-1: ");
        assertThat(result.problems()).allSatisfy(problem ->
                assertThat(problem.reason()).isNotBlank().doesNotStartWith("member.").doesNotStartWith("field."));
    }

    @Test
    void refusesAHeaderWithoutTheRequiredColumns() {
        long cooperative = newCooperative();

        var result = importCsv(operatorOf(cooperative), cooperative,
                csv("nib,nama_usaha,pemilik,kabupaten,provinsi", nib(3525, 701) + ",CV Satu,Sutrisno,Klaten,Jawa Tengah"));

        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::reason).containsExactly(
                tuple(1, "kecamatan", "Kolom wajib ini tidak ada di baris judul."),
                tuple(1, "tenaga_kerja", "Kolom wajib ini tidak ada di baris judul."));
        assertThat(membersOf(cooperative)).isZero();
    }

    @Test
    void refusesAFileOfMoreThanFiveThousandRowsBeforeCheckingAny() {
        long cooperative = newCooperative();
        var lines = new ArrayList<String>();
        lines.add(HEADER);
        for (int i = 1; i <= MemberImport.MAX_ROWS + 1; i++) {
            lines.add(row(nib(3526, i), "Nomor " + i));
        }

        var result = importCsv(operatorOf(cooperative), cooperative, csv(lines.toArray(String[]::new)));

        assertThat(result.problems()).extracting(RowProblem::wholeFile, RowProblem::reason).containsExactly(
                tuple(true, "File berisi lebih dari 5.000 baris anggota. Bagi menjadi beberapa file."));
        assertThat(membersOf(cooperative)).isZero();
    }

    @Test
    void refusesAnEmptyFileAndAnUnknownType() {
        long cooperative = newCooperative();
        var operator = operatorOf(cooperative);

        var empty = memberImport.importFile(operator, cooperative, "anggota.csv", new ByteArrayInputStream(new byte[0]), INDONESIAN);
        var pdf = memberImport.importFile(operator, cooperative, "anggota.pdf",
                new ByteArrayInputStream("%PDF-1.7".getBytes()), INDONESIAN);

        assertThat(empty.problems()).extracting(RowProblem::reason).containsExactly("File kosong.");
        assertThat(pdf.problems()).extracting(RowProblem::reason)
                .containsExactly("Jenis file tidak dikenal. Gunakan file Excel (.xlsx) atau CSV (.csv).");
    }

    @Test
    void answersInEnglishToAnEnglishReader() {
        long cooperative = newCooperative();

        var result = memberImport.importFile(operatorOf(cooperative), cooperative, "members.csv",
                new ByteArrayInputStream(csv("nib,legal_name,owner,kecamatan,kabupaten,province,workforce",
                        nib(3525, 801) + ",CV Satu,Sutrisno,Ceper,Klaten,Jawa Tengah,twenty")), Locale.forLanguageTag("en-ID"));

        assertThat(result.problems()).extracting(RowProblem::column, RowProblem::reason)
                .containsExactly(tuple("workforce", "“twenty” is not a whole number."));
    }

    @Test
    void importsTheTemplateAsItStands() {
        long cooperative = newCooperative();

        var result = importCsv(operatorOf(cooperative), cooperative, MemberFileTemplate.csv().getBytes());

        assertThat(result.problems()).isEmpty();
        assertThat(membersOf(cooperative)).isEqualTo(1);
    }

    @Test
    void refusesAnOperatorOfAnotherCooperativeAndAMember() {
        long cooperative = newCooperative();
        var outsider = operatorOf(newCooperative());
        var member = new SentraUser(0, "ikm", "IKM", null, Role.MEMBER, cooperative, 1L, null, false, true);

        assertThatThrownBy(() -> importCsv(outsider, cooperative, csv(HEADER, row(nib(3525, 901), "Satu"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importCsv(member, cooperative, csv(HEADER, row(nib(3525, 902), "Satu"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(membersOf(cooperative)).isZero();
    }

    private ImportResult importCsv(SentraUser user, long cooperative, byte[] content) {
        return memberImport.importFile(user, cooperative, "anggota.csv", new ByteArrayInputStream(content), INDONESIAN);
    }

    private long membersOf(long cooperative) {
        return jdbc.sql("select count(*) from member where cooperative_id = ?").param(cooperative).query(Long.class).single();
    }

    private long newCooperative() {
        String name = "Koperasi Impor " + COOPERATIVES.incrementAndGet();
        long cluster = directory.register(new Cluster("Sentra " + name, "Klaten", "Jawa Tengah", null));
        return directory.register(new Cooperative(name, cluster, 1976, null, "Klaten", "Jawa Tengah", null));
    }

    static SentraUser operatorOf(long cooperative) {
        return new SentraUser(0, "operator", "Operator", null, Role.OPERATOR, cooperative, null, null, false, true);
    }
}
