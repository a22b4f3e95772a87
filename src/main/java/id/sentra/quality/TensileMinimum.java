package id.sentra.quality;

import org.jspecify.annotations.Nullable;

/**
 * The tensile strength a test piece must reach (or, for a piece cut from the casting, may be expected to reach)
 * for one grade, specimen and wall thickness, with the wall band it was read from and the source.
 */
public record TensileMinimum(int mpa, boolean binding, SpecimenKind specimen, @Nullable WallBand band, String source) {

    /**
     * The library row that applied, as printed beside a result: "FC250, cast-on bar, wall over 20 up to 40 mm: 210 MPa
     * minimum" (JIS G5501 / EN 1561 tables; a figure for a piece cut from the casting is guidance only).
     */
    public String row(String gradeCode) {
        String specimenText = switch (specimen) {
            case SEPARATELY_CAST -> "separately cast bar";
            case CAST_ON -> "cast-on bar";
            case CUT_FROM_CASTING -> "cut from the casting";
        };
        String wall = band == null ? "" : ", wall over " + band.overMm().stripTrailingZeros().toPlainString() + " up to "
                + band.toMm().stripTrailingZeros().toPlainString() + " mm";
        return gradeCode + ", " + specimenText + wall + ": " + mpa + " MPa " + (binding ? "minimum" : "guidance");
    }

    /** A governing wall thickness over {@code overMm} up to and including {@code toMm}. */
    public record WallBand(java.math.BigDecimal overMm, java.math.BigDecimal toMm) {
    }
}
