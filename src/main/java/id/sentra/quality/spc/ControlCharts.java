package id.sentra.quality.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds X̄-R, X̄-S and individuals/moving-range charts from measurements, with limits from the
 * standard constants (AIAG SPC manual, 2nd ed., chapter II; Montgomery, Introduction to
 * Statistical Quality Control, chapter 6): X̄ ± A2·R̄, D3·R̄..D4·R̄; X̄ ± A3·S̄, B3·S̄..B4·S̄;
 * X ± E2·MR̄, 0..D4(2)·MR̄.
 */
public final class ControlCharts {

    private ControlCharts() {
    }

    public static ControlChart xBarR(List<List<Double>> subgroups) {
        return xBarR(subgroups, SignalRules.westernElectric());
    }

    public static ControlChart xBarR(List<List<Double>> subgroups, SignalRules rules) {
        ChartConstants k = SpcConstants.standard().forSubgroupSize(subgroupSize(subgroups));
        List<Double> means = subgroups.stream().map(Stats::mean).toList();
        List<Double> ranges = subgroups.stream().map(Stats::range).toList();
        double grandMean = Stats.mean(means);
        double meanRange = Stats.mean(ranges);
        ControlLimits x = new ControlLimits(grandMean - k.A2() * meanRange, grandMean, grandMean + k.A2() * meanRange);
        ControlLimits r = new ControlLimits(k.D3() * meanRange, meanRange, k.D4() * meanRange);
        return chart(ControlChart.Kind.XBAR_R, k.n(), means, x, ranges, r, 0, meanRange / k.d2(), rules);
    }

    public static ControlChart xBarS(List<List<Double>> subgroups) {
        return xBarS(subgroups, SignalRules.westernElectric());
    }

    public static ControlChart xBarS(List<List<Double>> subgroups, SignalRules rules) {
        ChartConstants k = SpcConstants.standard().forSubgroupSize(subgroupSize(subgroups));
        List<Double> means = subgroups.stream().map(Stats::mean).toList();
        List<Double> deviations = subgroups.stream().map(Stats::sampleStandardDeviation).toList();
        double grandMean = Stats.mean(means);
        double meanS = Stats.mean(deviations);
        ControlLimits x = new ControlLimits(grandMean - k.A3() * meanS, grandMean, grandMean + k.A3() * meanS);
        ControlLimits s = new ControlLimits(k.B3() * meanS, meanS, k.B4() * meanS);
        return chart(ControlChart.Kind.XBAR_S, k.n(), means, x, deviations, s, 0, meanS / k.c4(), rules);
    }

    /** Individuals chart for n = 1, with moving ranges of two consecutive values. */
    public static ControlChart individuals(List<Double> values) {
        return individuals(values, SignalRules.westernElectric());
    }

    public static ControlChart individuals(List<Double> values, SignalRules rules) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("an individuals chart needs at least 2 values, got " + values.size());
        }
        ChartConstants k = SpcConstants.standard().forSubgroupSize(2);
        List<Double> movingRanges = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            movingRanges.add(Math.abs(values.get(i) - values.get(i - 1)));
        }
        double mean = Stats.mean(values);
        double meanMr = Stats.mean(movingRanges);
        ControlLimits x = new ControlLimits(mean - k.E2() * meanMr, mean, mean + k.E2() * meanMr);
        ControlLimits mr = new ControlLimits(k.D3() * meanMr, meanMr, k.D4() * meanMr);
        return chart(ControlChart.Kind.INDIVIDUALS_MOVING_RANGE, 1, values, x, movingRanges, mr, 1, meanMr / k.d2(), rules);
    }

    private static ControlChart chart(ControlChart.Kind kind, int n, List<Double> location, ControlLimits locationLimits,
                                      List<Double> dispersion, ControlLimits dispersionLimits, int dispersionFirst,
                                      double sigmaWithin, SignalRules rules) {
        List<Signal> signals = new ArrayList<>(Signals.find(location, locationLimits, Signal.ChartPart.LOCATION, rules, 0, true));
        // Run and trend rules are defined for the location chart; the dispersion chart is checked for points beyond limits.
        signals.addAll(Signals.find(dispersion, dispersionLimits, Signal.ChartPart.DISPERSION, rules, dispersionFirst, false));
        return new ControlChart(kind, n, location, locationLimits, dispersion, dispersionLimits, dispersionFirst, sigmaWithin, signals);
    }

    private static int subgroupSize(List<List<Double>> subgroups) {
        if (subgroups.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one subgroup");
        }
        int n = subgroups.getFirst().size();
        for (int i = 0; i < subgroups.size(); i++) {
            if (subgroups.get(i).size() != n) {
                throw new IllegalArgumentException("subgroup " + i + " has " + subgroups.get(i).size()
                        + " values; all subgroups must have " + n);
            }
        }
        return n;
    }
}
