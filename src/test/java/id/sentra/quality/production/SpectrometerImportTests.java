package id.sentra.quality.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Element;
import id.sentra.quality.HeatRecord;

/** Spectrometer files into the demo member's heats on the real database: the whole file or nothing. */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpectrometerImportTests {

    @Autowired SpectrometerImport imports;
    @Autowired HeatBook heats;
    @Autowired Accounts accounts;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    private SentraUser member;
    private long mapping;

    @BeforeAll
    void recordTheHeatsTheFilesAnalyse() {
        member = accounts.findByUsername("member").orElseThrow();
        for (String number : List.of("SPX-101", "SPX-102", "SPX-103")) {
            heats.record(member, null, new HeatDraft("Induksi 500 kg", LocalDate.of(2027, 2, 3), number, "FC250", Map.of(),
                    null, null, null, List.of()));
        }
        mapping = imports.saveMapping(member, SpectrometerFiles.mapping("Spektrometer uji"));
    }

    private HeatRecord heat(String number) {
        return heats.list(member).stream().filter(h -> h.heatNumber().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void aGoodFileStoresEveryAnalysisOnItsHeat() {
        int imported = imports.importFile(member, mapping, SpectrometerFiles.text("good.csv"));
        assertThat(imported).isEqualTo(3);
        var heat = heat("SPX-102");
        assertThat(heat.readings().get(Element.SI)).isEqualByComparingTo("2.11");
        assertThat(heat.analysedOn()).isEqualTo(LocalDate.of(2027, 2, 3));
        // 3.38 + (2.11 + 0.075) / 3 = 4.108... -> 4.11
        assertThat(heat.carbonEquivalent()).isEqualByComparingTo("4.11");
    }

    @Test
    void aFileWithOneBadRowSavesNothingAndNamesTheLineAndColumn() {
        var before = List.of(heat("SPX-101"), heat("SPX-102"), heat("SPX-103"));
        assertThatThrownBy(() -> imports.importFile(member, mapping, SpectrometerFiles.text("bad-row.csv")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.line() + " " + p.column()).isEqualTo("3 Si %")));
        assertThat(List.of(heat("SPX-101"), heat("SPX-102"), heat("SPX-103"))).isEqualTo(before);
    }

    @Test
    void aFileWithDecimalPointsUnderADecimalCommaMappingSavesNothing() {
        var before = heat("SPX-101");
        assertThatThrownBy(() -> imports.importFile(member, mapping, SpectrometerFiles.text("wrong-decimal.csv")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .allSatisfy(p -> assertThat(p.messageKey()).isEqualTo("spectro.decimal.comma")));
        assertThat(heat("SPX-101")).isEqualTo(before);
    }

    @Test
    void aFileNamingAnUnrecordedHeatSavesNothingNotEvenItsKnownHeats() {
        var before = heat("SPX-101");
        assertThatThrownBy(() -> imports.importFile(member, mapping, SpectrometerFiles.text("unknown-heat.csv")))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.messageKey()).isEqualTo("spectro.heat.unknown");
                            assertThat(p.arguments()).containsExactly("SPX-999");
                        }));
        assertThat(heat("SPX-101")).isEqualTo(before);
    }

    @Test
    void thePreviewShowsRowsAndProblemsWithoutSaving() {
        var before = heat("SPX-103");
        var preview = imports.preview(member, mapping, SpectrometerFiles.text("bad-row.csv"));
        assertThat(preview.rows()).extracting(AnalysisRow::heatNumber).containsExactly("SPX-101", "SPX-103");
        assertThat(preview.importable()).isFalse();
        assertThat(heat("SPX-103")).isEqualTo(before);
    }

    @Test
    void savingAMappingForTheSameInstrumentReplacesIt() {
        long again = imports.saveMapping(member, SpectrometerFiles.mapping("Spektrometer uji"));
        assertThat(again).isEqualTo(mapping);
        assertThat(imports.mappings(member)).extracting(SpectrometerImport.Mapping::id).containsOnlyOnce(mapping);
    }

    @Test
    void theImportPageNamesTheLineAndColumnOfABadRowInItsPreview() throws Exception {
        var file = new org.springframework.mock.web.MockMultipartFile("file", "bad-row.csv", "text/csv",
                SpectrometerFiles.text("bad-row.csv").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/heats/import/preview")
                        .file(file).param("mappingId", String.valueOf(mapping))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(member))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Baris 3, kolom \u201eSi %\u201c: \u201e2,1x\u201c bukan angka dengan desimal koma.")
                .doesNotContain("id=\"confirm-import\"");
    }
}
