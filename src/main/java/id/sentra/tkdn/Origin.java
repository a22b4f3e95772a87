package id.sentra.tkdn;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Where a cost line comes from. For a labour line, {@link Domestic} means an Indonesian (WNI) crew and
 * {@link Imported} a foreign (WNA) one; a labour line is never {@link Certified}.
 */
public sealed interface Origin {

    /** Made abroad (or a foreign crew): no domestic content under either regulation. */
    record Imported() implements Origin {
    }

    /**
     * Made in Indonesia without a TKDN certificate of its own. {@code localRawMaterial} says whether it is
     * made from all-local raw material or taken from domestic natural resources (Permenperin 35/2025 Pasal 5).
     */
    record Domestic(boolean localRawMaterial) implements Origin {
    }

    /** Made in Indonesia by a supplier holding a TKDN certificate: its TKDN cascades into ours. */
    record Certified(BigDecimal tkdnPercent, @Nullable String certificate) implements Origin {
    }

    static Origin imported() {
        return new Imported();
    }

    /** Domestic from local raw material; for labour, an Indonesian (WNI) crew. */
    static Origin domestic() {
        return new Domestic(true);
    }

    static Origin domesticFromImportedMaterial() {
        return new Domestic(false);
    }

    static Origin certified(BigDecimal tkdnPercent) {
        return new Certified(tkdnPercent, null);
    }

    static Origin certified(String tkdnPercent) {
        return new Certified(new BigDecimal(tkdnPercent), null);
    }
}
