package id.sentra.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signal rules on series whose signals can be counted by eye; limits -3..0..3. */
class SignalsTests {

    private static final ControlLimits LIMITS = new ControlLimits(-3, 0, 3);
    private static final SignalRules DEFAULT = SignalRules.westernElectric();

    @Test
    void namesAPointBeyondEitherLimit() {
        List<Signal> signals = find(List.of(0.5, 4.0, -0.5, -3.5), DEFAULT);

        assertThat(signals).containsExactly(
                new Signal(Signal.Rule.BEYOND_LIMITS, Signal.ChartPart.LOCATION, List.of(1)),
                new Signal(Signal.Rule.BEYOND_LIMITS, Signal.ChartPart.LOCATION, List.of(3)));
    }

    @Test
    void signalsEightPointsInARowAboveTheCentreLine() {
        List<Double> points = new ArrayList<>(List.of(-1.0));
        points.addAll(Collections.nCopies(8, 1.0));
        points.add(-1.0);

        assertThat(find(points, DEFAULT)).containsExactly(
                new Signal(Signal.Rule.RUN_ONE_SIDE, Signal.ChartPart.LOCATION, List.of(1, 2, 3, 4, 5, 6, 7, 8)));
    }

    @Test
    void leavesSevenPointsOnOneSideAlone() {
        List<Double> points = new ArrayList<>(Collections.nCopies(7, -1.0));
        points.add(1.0);

        assertThat(find(points, DEFAULT)).isEmpty();
    }

    @Test
    void usesTheConfiguredRunLength() {
        List<Double> eight = Collections.nCopies(8, 1.0);

        assertThat(find(eight, new SignalRules(9, 6))).isEmpty();
        assertThat(find(eight, new SignalRules(7, 6))).hasSize(1);
    }

    @Test
    void signalsSixPointsSteadilyRising() {
        List<Signal> signals = find(List.of(-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.0), DEFAULT);

        assertThat(signals).containsExactly(
                new Signal(Signal.Rule.TREND, Signal.ChartPart.LOCATION, List.of(0, 1, 2, 3, 4, 5)));
    }

    @Test
    void aTieBreaksATrend() {
        assertThat(find(List.of(-2.0, -1.0, 0.5, 0.5, 1.0, 2.0, 2.5), DEFAULT)).isEmpty();
    }

    private static List<Signal> find(List<Double> points, SignalRules rules) {
        return Signals.find(points, LIMITS, Signal.ChartPart.LOCATION, rules, 0, true);
    }
}
