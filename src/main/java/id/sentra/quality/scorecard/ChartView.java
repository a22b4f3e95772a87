package id.sentra.quality.scorecard;

import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.quality.spc.Capability;
import id.sentra.quality.spc.ControlChart;
import id.sentra.quality.spc.SpecLimits;

/**
 * One characteristic's control chart as a page draws it: the points with their labels (heat numbers or lot
 * numbers), the chart with its limits and signals, the specification limits where the grade or drawing sets
 * any, and the capability against them. {@code chart} is null with fewer than two points.
 *
 * @param values the individual values (individuals chart) or every measurement (X̄ chart), for the histogram
 */
public record ChartView(String key, String label, String unit, List<String> pointLabels, List<Double> values,
                        @Nullable ControlChart chart, @Nullable SpecLimits spec, @Nullable Capability capability) {

    public ChartView {
        pointLabels = List.copyOf(pointLabels);
        values = List.copyOf(values);
    }

    /** Capability needs a specification, two values and some spread within subgroups. */
    static @Nullable Capability capabilityOf(List<Double> values, @Nullable ControlChart chart, @Nullable SpecLimits spec) {
        if (chart == null || spec == null || values.size() < 2 || !(chart.sigmaWithin() > 0)) {
            return null;
        }
        return id.sentra.quality.spc.Capabilities.of(values, chart.sigmaWithin(), spec, CONFIDENCE);
    }

    /** Two-sided 95 % intervals, as capability studies usually quote them. */
    static final double CONFIDENCE = 0.95;
}
