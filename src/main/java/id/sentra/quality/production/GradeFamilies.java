package id.sentra.quality.production;

import java.util.Optional;
import java.util.function.Function;

import id.sentra.quality.MaterialGrade;
import id.sentra.registry.MaterialFamily;

/**
 * The material family of a heat's grade, as the specification library states it ({@link MaterialGrade#family()}):
 * a heat is of a grade the library knows, and goes only into orders of that grade's family.
 */
final class GradeFamilies {

    private final Function<String, Optional<MaterialGrade>> library;

    GradeFamilies(Function<String, Optional<MaterialGrade>> library) {
        this.library = library;
    }

    Optional<MaterialFamily> of(String gradeCode) {
        return library.apply(gradeCode.trim()).map(MaterialGrade::family);
    }

    boolean known(String gradeCode) {
        return of(gradeCode).isPresent();
    }

    /**
     * Whether a heat of this grade may go into an order of that family. Phosphoric brake-block iron
     * is a grey lamellar iron with raised phosphorus, so grey grades serve it too. An unknown grade fits nothing.
     */
    boolean fits(String gradeCode, MaterialFamily orderFamily) {
        return of(gradeCode).map(family -> family == orderFamily
                || family == MaterialFamily.GREY_IRON && orderFamily == MaterialFamily.HIGH_PHOSPHORUS_IRON).orElse(false);
    }
}
