package id.sentra.quality.production;

import java.util.Locale;
import java.util.Optional;

import id.sentra.registry.MaterialFamily;

/**
 * The material family a grade code names, where the designation tells: JIS G5502 "FCD" and EN 1563
 * "EN-GJS" are ductile iron, JIS G5501 "FC" and EN 1561 "EN-GJL" grey iron. Other codes are not
 * judged here; the specification library will answer for them once it is wired in.
 */
final class GradeFamilies {

    private GradeFamilies() {
    }

    static Optional<MaterialFamily> of(String gradeCode) {
        String code = gradeCode.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        if (code.startsWith("FCD") || code.startsWith("EN-GJS") || code.startsWith("GJS")) {
            return Optional.of(MaterialFamily.DUCTILE_IRON);
        }
        if (code.startsWith("FC") || code.startsWith("EN-GJL") || code.startsWith("GJL")) {
            return Optional.of(MaterialFamily.GREY_IRON);
        }
        return Optional.empty();
    }

    /**
     * Whether a heat of this grade may go into an order of that family. Phosphoric brake-block iron
     * is a grey lamellar iron with raised phosphorus, so grey grades serve it too.
     */
    static boolean fits(String gradeCode, MaterialFamily orderFamily) {
        return of(gradeCode).map(family -> family == orderFamily
                || family == MaterialFamily.GREY_IRON && orderFamily == MaterialFamily.HIGH_PHOSPHORUS_IRON).orElse(true);
    }
}
