package id.sentra.quality.spc;

import java.util.List;

/**
 * An out-of-control signal: which rule fired, on which part of the chart, and the subgroup
 * indices (0-based, in the order the subgroups were given) that make it up.
 */
public record Signal(Rule rule, ChartPart part, List<Integer> indices) {

    public enum Rule {
        /** Western Electric rule 1 / Nelson rule 1: a point beyond a control limit. */
        BEYOND_LIMITS,
        /** A run of points on one side of the centre line (length per {@link SignalRules}). */
        RUN_ONE_SIDE,
        /** Points steadily increasing or decreasing (Nelson rule 3). */
        TREND
    }

    /** The location chart (X̄ or X) or the dispersion chart (R, S or moving range). */
    public enum ChartPart { LOCATION, DISPERSION }

    public Signal {
        indices = List.copyOf(indices);
    }
}
