package id.sentra.quality.spc;

import java.util.List;

/**
 * A Shewhart control chart pair: the location chart (subgroup means, or individual values) and
 * the dispersion chart (ranges, standard deviations, or moving ranges), with their limits, the
 * within-subgroup sigma estimate the limits imply, and the signals found.
 *
 * @param dispersionFirstIndex subgroup index of the first dispersion point: 0, or 1 for moving
 *        ranges, where point k is |x(k) - x(k-1)|
 */
public record ControlChart(Kind kind, int subgroupSize, List<Double> location, ControlLimits locationLimits,
                           List<Double> dispersion, ControlLimits dispersionLimits, int dispersionFirstIndex,
                           double sigmaWithin, List<Signal> signals) {

    public enum Kind { XBAR_R, XBAR_S, INDIVIDUALS_MOVING_RANGE }

    public ControlChart {
        location = List.copyOf(location);
        dispersion = List.copyOf(dispersion);
        signals = List.copyOf(signals);
    }

    public boolean inControl() {
        return signals.isEmpty();
    }
}
