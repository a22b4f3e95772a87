package id.sentra.quality.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ISO 2859-1:1999 Table 1 / ANSI/ASQ Z1.4-2003 Table I, transcribed here row by row (lot-size band
 * across the levels S-1, S-2, S-3, S-4, I, II, III) from the MIL-STD-105E Table I reproduction
 * (studylib "MIL-STD-105E legible copy", page 13) and cross-checked against the code-letter matrix of
 * the R package AQLSchemes (J. Lawson; fork fjgonzalezmgt/AQLSchemesCust, R/AAZ14Single.R).
 * Each band is checked at its first and its last lot size.
 */
class SampleSizeCodeLettersTests {

    @ParameterizedTest(name = "lots {0}..{1}: {2}")
    @CsvSource({
            "2, 8, A A A A A A B",
            "9, 15, A A A A A B C",
            "16, 25, A A B B B C D",
            "26, 50, A B B C C D E",
            "51, 90, B B C C C E F",
            "91, 150, B B C D D F G",
            "151, 280, B C D E E G H",
            "281, 500, B C D E F H J",
            "501, 1200, C C E F G J K",
            "1201, 3200, C D E G H K L",
            "3201, 10000, C D F G J L M",
            "10001, 35000, C D F H K M N",
            "35001, 150000, D E G J L N P",
            "150001, 500000, D E G J M P Q",
            "500001, 2000000000, D E H K N Q R"})
    void givesTheCodeLetterOfEachLotSizeBandAndLevel(int first, int last, String letters) {
        String[] expected = letters.split(" ");
        InspectionLevel[] levels = InspectionLevel.values();
        for (int i = 0; i < levels.length; i++) {
            assertThat(SamplingPlans.codeLetter(first, levels[i])).as("lot %d, level %s", first, levels[i])
                    .isEqualTo(CodeLetter.valueOf(expected[i]));
            assertThat(SamplingPlans.codeLetter(last, levels[i])).as("lot %d, level %s", last, levels[i])
                    .isEqualTo(CodeLetter.valueOf(expected[i]));
        }
    }

    @org.junit.jupiter.api.Test
    void refusesALotOfOneItem() {
        assertThatThrownBy(() -> SamplingPlans.codeLetter(1, InspectionLevel.II))
                .hasMessageContaining("at least 2");
    }
}
