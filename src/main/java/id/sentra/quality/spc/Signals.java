package id.sentra.quality.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Finds the out-of-control signals in one series of chart points against its limits. */
final class Signals {

    private Signals() {
    }

    /** @param firstIndex the subgroup index of {@code points.get(0)} (1 for moving ranges) */
    static List<Signal> find(List<Double> points, ControlLimits limits, Signal.ChartPart part,
                             SignalRules rules, int firstIndex, boolean runsAndTrends) {
        List<Signal> signals = new ArrayList<>();
        IntStream.range(0, points.size()).filter(i -> limits.beyond(points.get(i)))
                .forEach(i -> signals.add(new Signal(Signal.Rule.BEYOND_LIMITS, part, List.of(i + firstIndex))));
        if (runsAndTrends) {
            signals.addAll(runs(points, limits.centre(), part, rules.runLength(), firstIndex));
            signals.addAll(trends(points, part, rules.trendLength(), firstIndex));
        }
        return signals;
    }

    /** Maximal runs on one side of the centre line; a point on the line breaks the run. */
    private static List<Signal> runs(List<Double> points, double centre, Signal.ChartPart part, int length, int first) {
        List<Signal> signals = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= points.size(); i++) {
            int side = Double.compare(points.get(start), centre);
            boolean continues = i < points.size() && side != 0 && Double.compare(points.get(i), centre) == side;
            if (!continues) {
                if (side != 0 && i - start >= length) {
                    signals.add(new Signal(Signal.Rule.RUN_ONE_SIDE, part, range(start + first, i + first)));
                }
                start = i;
            }
        }
        return signals;
    }

    /** Maximal strictly monotone stretches of at least {@code length} points; a tie breaks the trend. */
    private static List<Signal> trends(List<Double> points, Signal.ChartPart part, int length, int first) {
        List<Signal> signals = new ArrayList<>();
        int start = 0;
        int direction = 0;
        for (int i = 1; i <= points.size(); i++) {
            int step = i < points.size() ? Double.compare(points.get(i), points.get(i - 1)) : 0;
            if (step != 0 && (direction == 0 || step == direction)) {
                direction = step;
                continue;
            }
            if (direction != 0 && i - start >= length) {
                signals.add(new Signal(Signal.Rule.TREND, part, range(start + first, i + first)));
            }
            start = step == 0 ? i : i - 1;
            direction = step;
        }
        return signals;
    }

    private static List<Integer> range(int fromInclusive, int toExclusive) {
        return IntStream.range(fromInclusive, toExclusive).boxed().toList();
    }
}
