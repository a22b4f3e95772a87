package id.sentra.quality;

import org.jspecify.annotations.Nullable;

/**
 * The tensile strength a test piece must reach (or, for a piece cut from the casting, may be expected to reach)
 * for one grade, specimen and wall thickness, with the wall band it was read from and the source.
 */
public record TensileMinimum(int mpa, boolean binding, SpecimenKind specimen, @Nullable WallBand band, String source) {

    /** A governing wall thickness over {@code overMm} up to and including {@code toMm}. */
    public record WallBand(java.math.BigDecimal overMm, java.math.BigDecimal toMm) {
    }
}
