package id.sentra.quality.inspection.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.sentra.platform.FieldProblem;
import id.sentra.quality.Characteristic;

/**
 * The inspection form's grid as posted: one input per sampled part and characteristic, named {@code m_<column>_<part>}
 * so characteristic names with spaces never reach a field name. Decimal commas are read as points.
 */
final class MeasurementGrid {

    private MeasurementGrid() {
    }

    static String field(int column, int part) {
        return "m_" + column + "_" + part;
    }

    /** Characteristic name to one value per part; a blank cell stays null (the rules name it), a non-number is a problem here. */
    static Map<String, List<BigDecimal>> read(Map<String, String> params, List<Characteristic> columns, int parts,
                                              List<FieldProblem> problems) {
        var values = new LinkedHashMap<String, List<BigDecimal>>();
        for (int c = 0; c < columns.size(); c++) {
            var list = new ArrayList<BigDecimal>();
            for (int p = 0; p < parts; p++) {
                list.add(number(params.get(field(c, p)), columns.get(c).name(), p, problems));
            }
            values.put(columns.get(c).name(), list);
        }
        return values;
    }

    static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal number(@Nullable String text, String name, int part, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var value = decimal(text);
        if (value == null) {
            problems.add(FieldProblem.of("measurements[" + name + "][" + part + "]", "inspection.measurement.number", name, part + 1, text));
        }
        return value;
    }
}
