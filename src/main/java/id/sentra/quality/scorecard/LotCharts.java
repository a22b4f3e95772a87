package id.sentra.quality.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.LotInspection;
import id.sentra.quality.spc.ControlChart;
import id.sentra.quality.spc.ControlCharts;
import id.sentra.quality.spc.SpecLimits;

/**
 * X̄-R or X̄-S charts of a measured characteristic, one subgroup per lot: the sampled parts of the lot's first
 * inspection. Subgroups must be of one size n, so every lot contributes its first n measurements, n being the
 * smallest count among the lots measured at least twice and at most 10, where the AIAG constants table ends; X̄-R up to n = 8 and X̄-S
 * for 9 and 10 (AIAG SPC manual: the range loses efficiency as n grows). Capability uses every measurement.
 */
final class LotCharts {

    static final String PREFIX = "lot:";
    static final int LARGEST_SUBGROUP = 10;
    static final int LARGEST_RANGE_SUBGROUP = 8;

    private LotCharts() {
    }

    static List<String> keys(Collection<LotInspection> inspections) {
        var names = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        inspections.forEach(i -> i.measurements().forEach((name, values) -> {
            if (!values.isEmpty()) {
                names.add(name);
            }
        }));
        return names.stream().map(n -> PREFIX + n).toList();
    }

    /** @param spec the drawing's limits of the characteristic, where known */
    static ChartView chart(Collection<LotInspection> inspections, String key, @Nullable SpecLimits spec) {
        String name = key.substring(PREFIX.length());
        var labels = new ArrayList<String>();
        var groups = new ArrayList<List<Double>>();
        for (var inspection : InspectionTally.firstPerLot(inspections).values()) {
            var values = measured(inspection, name);
            if (values.size() >= 2) {
                labels.add("L-" + inspection.lotId());
                groups.add(values);
            }
        }
        List<Double> all = groups.stream().flatMap(List::stream).toList();
        ControlChart chart = chartOf(groups);
        return new ChartView(key, name, "", labels, all, chart, spec, ChartView.capabilityOf(all, chart, spec));
    }

    static @Nullable ControlChart chartOf(List<List<Double>> groups) {
        int n = Math.min(LARGEST_SUBGROUP, groups.stream().mapToInt(List::size).min().orElse(0));
        if (groups.size() < 2 || n < 2) {
            return null;
        }
        var subgroups = groups.stream().map(g -> List.copyOf(g.subList(0, n))).toList();
        return n <= LARGEST_RANGE_SUBGROUP ? ControlCharts.xBarR(subgroups) : ControlCharts.xBarS(subgroups);
    }

    private static List<Double> measured(LotInspection inspection, String name) {
        return inspection.measurements().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .findFirst().map(e -> e.getValue().stream().map(BigDecimal::doubleValue).toList()).orElse(List.of());
    }
}
