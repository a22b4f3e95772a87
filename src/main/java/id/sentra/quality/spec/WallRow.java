package id.sentra.quality.spec;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import id.sentra.quality.SpecimenKind;

/**
 * One row of the grey-iron wall-thickness table (JIS G5501 / EN 1561): for walls over {@code overMm} up to and
 * including {@code toMm}, the tensile strength of the specimen; binding for cast-on bars, guidance in the casting.
 */
public record WallRow(String grade, SpecimenKind specimen, BigDecimal overMm, BigDecimal toMm, int mpa, boolean binding,
                      String source) {

    /** The table's lower bound is exclusive and its upper bound inclusive ("over 20 up to 40 mm"). */
    boolean holdsFor(BigDecimal wallMm) {
        return wallMm.compareTo(overMm) > 0 && wallMm.compareTo(toMm) <= 0;
    }

    /** A row names the JIS grade and its EN equivalent ("FC250;EN-GJL-250"); both get the same figures. */
    static List<WallRow> of(LibraryTable.Row row) {
        var specimen = row.choice("specimen", SpecimenKind.class);
        var over = row.requiredDecimal("wall_over_mm");
        var to = row.requiredDecimal("wall_to_mm");
        if (over.compareTo(to) >= 0) {
            throw row.problem("wall_to_mm", "is not above wall_over_mm");
        }
        int mpa = row.requiredDecimal("tensile_mpa").intValueExact();
        boolean binding = switch (row.text("binding")) {
            case "MINIMUM" -> true;
            case "GUIDANCE" -> false;
            default -> throw row.problem("binding", "is neither MINIMUM nor GUIDANCE");
        };
        String source = row.text("source");
        return Arrays.stream(row.text("grades").split(";")).map(String::trim)
                .map(grade -> new WallRow(grade, specimen, over, to, mpa, binding, source)).toList();
    }
}
