package id.sentra.quality.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import id.sentra.quality.Element;
import id.sentra.quality.SpecimenKind;
import id.sentra.quality.ValueBasis;
import id.sentra.registry.MaterialFamily;

/** The shipped library, read as the application reads it, against figures of JIS G5501/G5502, EN 1561/1563 and EN 124. */
class GradeLibraryTests {

    private final GradeLibrary library = new GradeLibrary();

    @Test
    void fc250OnACastOnBarAt40MillimetreWallNeeds210Megapascal() {
        // JIS G5501 cast-on test pieces, FC250: over 20 up to 40 mm → 210 MPa.
        var minimum = library.tensileMinimum("FC250", SpecimenKind.CAST_ON, new BigDecimal("40")).orElseThrow();
        assertThat(minimum.mpa()).isEqualTo(210);
        assertThat(minimum.binding()).isTrue();
        assertThat(minimum.band().overMm()).isEqualByComparingTo("20");
        assertThat(minimum.band().toMm()).isEqualByComparingTo("40");
        assertThat(minimum.source()).contains("iron-foundry.com/jis-g5501");
    }

    @ParameterizedTest(name = "{0} {1} at {2} mm → {3} MPa")
    @CsvSource({
            "FC250, CAST_ON, 40.1, 190",
            "FC250, CAST_ON, 300, 160",
            "FC200, CAST_ON, 25, 170",
            "FC350, CAST_ON, 150, 230",
            "EN-GJL-250, CAST_ON, 40, 210",
            "FC250, SEPARATELY_CAST, 40, 250",
            "FC250, SEPARATELY_CAST, 200, 250",
            "FC250, CUT_FROM_CASTING, 10, 250",
            "FC150, CUT_FROM_CASTING, 100, 80",
            "FCD450-10, SEPARATELY_CAST, 40, 450",
            "FCD450-10, CAST_ON, 40, 450",
            "EN-GJS-400-15, SEPARATELY_CAST, 12, 400",
    })
    void tensileMinimaFollowSpecimenAndWall(String grade, SpecimenKind specimen, String wall, int mpa) {
        assertThat(library.tensileMinimum(grade, specimen, new BigDecimal(wall))).get()
                .extracting(m -> m.mpa()).isEqualTo(mpa);
    }

    @ParameterizedTest(name = "{0} {1} at {2} mm has no figure")
    @CsvSource({
            "FC250, CAST_ON, 20",
            "FC250, CAST_ON, 301",
            "FC100, CAST_ON, 40",
            "EN-GJS-400-15, CAST_ON, 40",
            "G3000, SEPARATELY_CAST, 40",
            "NO-SUCH-GRADE, SEPARATELY_CAST, 40",
    })
    void noTensileFigureWhereTheStandardGivesNone(String grade, SpecimenKind specimen, String wall) {
        assertThat(library.tensileMinimum(grade, specimen, new BigDecimal(wall))).isEmpty();
    }

    @Test
    void aPieceCutFromTheCastingGetsOnlyAGuidanceValue() {
        var anticipated = library.tensileMinimum("FC250", SpecimenKind.CUT_FROM_CASTING, new BigDecimal("100")).orElseThrow();
        assertThat(anticipated.mpa()).isEqualTo(155);
        assertThat(anticipated.binding()).isFalse();
    }

    @Test
    void jisGreyIronGradesCarryNoBindingChemistry() {
        for (String code : new String[] {"FC100", "FC150", "FC200", "FC250", "FC300", "FC350"}) {
            var grade = library.grade(code).orElseThrow();
            assertThat(grade.bindingChemistry()).as(code).isEmpty();
            assertThat(grade.mechanical().tensileMpa().min()).as(code).isEqualByComparingTo(code.substring(2));
            assertThat(grade.family()).isEqualTo(MaterialFamily.GREY_IRON);
        }
    }

    @Test
    void typicalChemistryIsKeptButMarkedAsFoundryPractice() {
        var phosphorus = library.grade("FC150").orElseThrow().chemistry(Element.P).orElseThrow();
        assertThat(phosphorus.basis()).isEqualTo(ValueBasis.TYPICAL);
        assertThat(phosphorus.percent().max()).isEqualByComparingTo("0.2");
    }

    @Test
    void ductileGradesCarryTensileYieldAndElongationOfJisG5502() {
        var mechanical = library.grade("FCD450-10").orElseThrow().mechanical();
        assertThat(mechanical.tensileMpa().min()).isEqualByComparingTo("450");
        assertThat(mechanical.yieldMinMpa()).isEqualByComparingTo("280");
        assertThat(mechanical.elongationMinPercent()).isEqualByComparingTo("10");
        assertThat(library.grade("EN-GJS-450-10").orElseThrow().mechanical().yieldMinMpa()).isEqualByComparingTo("310");
    }

    @Test
    void everyLadderStepOfBothStandardsIsThere() {
        assertThat(library.grades()).extracting(g -> g.code()).contains(
                "FC100", "FC150", "FC200", "FC250", "FC300", "FC350",
                "EN-GJL-100", "EN-GJL-150", "EN-GJL-200", "EN-GJL-250", "EN-GJL-300", "EN-GJL-350",
                "FCD350-22", "FCD400-18", "FCD400-15", "FCD450-10", "FCD500-7", "FCD600-3", "FCD700-2", "FCD800-2",
                "EN-GJS-350-22", "EN-GJS-400-18", "EN-GJS-400-15", "EN-GJS-450-10", "EN-GJS-500-7", "EN-GJS-600-3",
                "EN-GJS-700-2", "EN-GJS-800-2", "EN-GJS-900-2");
        assertThat(library.grades()).allSatisfy(g -> assertThat(g.provenance().source()).isNotBlank());
    }

    @Test
    void brakeBlockIronLimitsPhosphorus() {
        var grade = library.grade("TRS1008-H241").orElseThrow();
        assertThat(grade.family()).isEqualTo(MaterialFamily.HIGH_PHOSPHORUS_IRON);
        assertThat(grade.chemistry(Element.P).orElseThrow().percent().toString()).isEqualTo("0.5–0.8");
        assertThat(grade.bindingChemistry()).extracting(c -> c.element()).containsExactly(Element.P, Element.S, Element.MN);
    }

    @Test
    void en124ClassesCarryTheirTestLoads() {
        assertThat(library.loadClasses()).extracting(c -> c.code() + "=" + c.testLoadKn())
                .containsExactly("A15=15", "B125=125", "C250=250", "D400=400", "E600=600", "F900=900");
    }

    @Test
    void theLibraryHasAVersion() {
        assertThat(library.version()).matches("\\d{4}\\.\\d{2}-\\d+");
    }

    @Test
    void aBadCellStopsTheStartNamingFileLineAndColumn() {
        var files = Map.of("grade-chemistry.csv", """
                code,element,min_pct,max_pct,basis,source
                FC150,C,3.5,3.7,TYPICAL,x
                FC150,P,,zero,TYPICAL,x
                """);
        assertThatThrownBy(() -> new GradeLibrary(name -> files.containsKey(name) ? text(files.get(name)) : shipped(name)))
                .hasMessage("Specification library grade-chemistry.csv, line 3, column max_pct is not a number: zero");
    }

    @Test
    void chemistryForAGradeTheLibraryLacksIsRefused() {
        var files = Map.of("grade-chemistry.csv", """
                code,element,min_pct,max_pct,basis,source
                FC999,C,3.5,3.7,TYPICAL,x
                """);
        assertThatThrownBy(() -> new GradeLibrary(name -> files.containsKey(name) ? text(files.get(name)) : shipped(name)))
                .hasMessageContaining("names grade FC999, which grades.csv lacks");
    }

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream shipped(String name) {
        try {
            return new ClassPathResource(GradeLibrary.FOLDER + name).getInputStream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
