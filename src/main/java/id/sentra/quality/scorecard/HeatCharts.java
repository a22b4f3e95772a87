package id.sentra.quality.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.Element;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.Limits;
import id.sentra.quality.MaterialGrade;
import id.sentra.quality.spc.ControlChart;
import id.sentra.quality.spc.ControlCharts;
import id.sentra.quality.spc.SpecLimits;

/**
 * Individuals and moving-range charts of heats, one point per heat in melting order: an element's reading,
 * the carbon equivalent, tensile strength or hardness. One heat is one melt, so there is no rational subgroup
 * larger than one (AIAG SPC manual, individuals chart). Limits are the grade's binding ones only.
 */
final class HeatCharts {

    static final String CE = "CE";
    static final String TENSILE = "TENSILE";
    static final String HARDNESS = "HARDNESS";

    private HeatCharts() {
    }

    /** The heat characteristics with at least one value among these heats, in print order. */
    static List<String> keys(List<HeatRecord> heats) {
        var keys = new ArrayList<String>();
        for (Element element : Element.values()) {
            if (heats.stream().anyMatch(h -> h.readings().containsKey(element))) {
                keys.add(element.name());
            }
        }
        for (String key : List.of(CE, TENSILE, HARDNESS)) {
            if (heats.stream().anyMatch(h -> value(h, key) != null)) {
                keys.add(key);
            }
        }
        return keys;
    }

    static ChartView chart(List<HeatRecord> heats, String key, Optional<MaterialGrade> grade) {
        var ordered = heats.stream().filter(h -> value(h, key) != null)
                .sorted(Comparator.comparing(HeatRecord::meltedOn).thenComparing(HeatRecord::heatNumber)).toList();
        List<Double> values = ordered.stream().map(h -> value(h, key)).map(v -> v == null ? 0 : v.doubleValue()).toList();
        ControlChart chart = values.size() < 2 ? null : ControlCharts.individuals(values);
        SpecLimits spec = grade.map(g -> limits(g, key)).map(HeatCharts::spec).orElse(null);
        return new ChartView(key, label(key), unit(key), ordered.stream().map(HeatRecord::heatNumber).toList(), values,
                chart, spec, ChartView.capabilityOf(values, chart, spec));
    }

    static @Nullable BigDecimal value(HeatRecord heat, String key) {
        return switch (key) {
            case CE -> heat.carbonEquivalent();
            case TENSILE -> heat.tensileMpa() == null ? null : BigDecimal.valueOf(heat.tensileMpa());
            case HARDNESS -> heat.hardnessHb() == null ? null : BigDecimal.valueOf(heat.hardnessHb());
            default -> heat.readings().get(Element.valueOf(key));
        };
    }

    private static @Nullable Limits limits(MaterialGrade grade, String key) {
        return switch (key) {
            case CE -> null;
            case TENSILE -> grade.mechanical().tensileMpa();
            case HARDNESS -> grade.mechanical().hardnessBasis().binding() ? grade.mechanical().hardnessHb() : null;
            default -> grade.chemistry(Element.valueOf(key)).filter(c -> c.basis().binding()).map(c -> c.percent()).orElse(null);
        };
    }

    static @Nullable SpecLimits spec(@Nullable Limits limits) {
        if (limits == null || limits.isOpen() || limits.isEmpty()) {
            return null;
        }
        Function<@Nullable BigDecimal, @Nullable Double> d = v -> v == null ? null : v.doubleValue();
        var lower = d.apply(limits.min());
        var upper = d.apply(limits.max());
        return lower != null && upper != null && lower >= upper ? null : new SpecLimits(lower, upper);
    }

    private static String label(String key) {
        return switch (key) {
            case CE, TENSILE, HARDNESS -> "spc.key." + key;
            default -> Element.valueOf(key).messageKey();
        };
    }

    private static String unit(String key) {
        return switch (key) {
            case TENSILE -> "MPa";
            case HARDNESS -> "HB";
            default -> "%";
        };
    }
}
