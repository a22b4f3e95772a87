package id.sentra.quality.sampling;

import java.util.Map;

/**
 * ISO 2859-1:1999 Table 1 (ANSI/ASQ Z1.4-2003 Table I): lot size and inspection level give the
 * sample size code letter. Stored one string per level, a letter for each lot-size band.
 */
final class SampleSizeCodeLetters {

    /** Upper bounds of the 15 lot-size bands: 2–8, 9–15, 16–25, …, 150 001–500 000, then 500 001 and over. */
    private static final int[] BAND_UPPER = {8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10_000,
            35_000, 150_000, 500_000, Integer.MAX_VALUE};

    private static final Map<InspectionLevel, String> LETTERS = Map.of(
            InspectionLevel.S1, "AAAABBBBCCCCDDD",
            InspectionLevel.S2, "AAABBBCCCDDDEEE",
            InspectionLevel.S3, "AABBCCDDEEFFGGH",
            InspectionLevel.S4, "AABCCDEEFGGHJJK",
            InspectionLevel.I, "AABCCDEFGHJKLMN",
            InspectionLevel.II, "ABCDEFGHJKLMNPQ",
            InspectionLevel.III, "BCDEFGHJKLMNPQR");

    private SampleSizeCodeLetters() {
    }

    static CodeLetter of(int lotSize, InspectionLevel level) {
        if (lotSize < 2) {
            throw new IllegalArgumentException("lot size must be at least 2 (ISO 2859-1 Table 1), was " + lotSize);
        }
        int band = 0;
        while (lotSize > BAND_UPPER[band]) {
            band++;
        }
        return CodeLetter.valueOf(String.valueOf(LETTERS.get(level).charAt(band)));
    }
}
