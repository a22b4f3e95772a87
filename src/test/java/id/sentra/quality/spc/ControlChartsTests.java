package id.sentra.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Control limits checked by hand and against a textbook example. */
class ControlChartsTests {

    @Test
    void matchesTheTextbookPistonRingLimits() {
        // Montgomery, Introduction to Statistical Quality Control (6th ed.), Example 6.1, piston-ring
        // inside diameter, n = 5: X̿ = 74.001, R̄ = 0.023 give X̄ limits 73.988..74.014 and R UCL 0.049.
        // Two subgroups built to have exactly that grand mean and mean range.
        List<Double> first = List.of(73.990, 74.013, 74.001, 74.000, 74.001);
        List<Double> second = List.of(74.001, 74.000, 73.990, 74.013, 74.001);

        ControlChart chart = ControlCharts.xBarR(List.of(first, second));

        assertThat(chart.locationLimits().centre()).isCloseTo(74.001, within(1e-9));
        assertThat(chart.locationLimits().upper()).isCloseTo(74.014, within(0.0005));
        assertThat(chart.locationLimits().lower()).isCloseTo(73.988, within(0.0005));
        assertThat(chart.dispersionLimits().upper()).isCloseTo(0.049, within(0.0005));
        assertThat(chart.dispersionLimits().lower()).isZero();
    }

    @Test
    void computesXBarRLimitsForASmallHandWorkedExample() {
        // Means 2, 3, 4 -> X̿ = 3; ranges 2, 2, 2 -> R̄ = 2; n = 3: A2 = 1.023, D4 = 2.574, d2 = 1.693.
        ControlChart chart = ControlCharts.xBarR(List.of(List.of(1.0, 2.0, 3.0), List.of(2.0, 3.0, 4.0), List.of(3.0, 4.0, 5.0)));

        assertThat(chart.locationLimits().upper()).isCloseTo(3 + 1.023 * 2, within(1e-9));
        assertThat(chart.locationLimits().lower()).isCloseTo(3 - 1.023 * 2, within(1e-9));
        assertThat(chart.dispersionLimits().upper()).isCloseTo(5.148, within(1e-9));
        assertThat(chart.sigmaWithin()).isCloseTo(2 / 1.693, within(1e-9));
        assertThat(chart.inControl()).isTrue();
    }

    @Test
    void computesXBarSLimitsForASmallHandWorkedExample() {
        // Each subgroup has s = 1, so S̄ = 1; n = 3: A3 = 1.954, B4 = 2.568, c4 = 0.8862.
        ControlChart chart = ControlCharts.xBarS(List.of(List.of(1.0, 2.0, 3.0), List.of(2.0, 3.0, 4.0), List.of(3.0, 4.0, 5.0)));

        assertThat(chart.locationLimits().upper()).isCloseTo(4.954, within(1e-9));
        assertThat(chart.dispersionLimits().centre()).isCloseTo(1.0, within(1e-12));
        assertThat(chart.dispersionLimits().upper()).isCloseTo(2.568, within(1e-9));
        assertThat(chart.sigmaWithin()).isCloseTo(1 / 0.8862, within(1e-9));
    }

    @Test
    void computesIndividualsLimitsFromTheMovingRange() {
        // Values 10, 12, 11, 13, 12: mean 11.6, moving ranges 2, 1, 2, 1 -> MR̄ = 1.5; E2 = 2.659, D4 = 3.267.
        ControlChart chart = ControlCharts.individuals(List.of(10.0, 12.0, 11.0, 13.0, 12.0));

        assertThat(chart.locationLimits().upper()).isCloseTo(11.6 + 2.659 * 1.5, within(1e-9));
        assertThat(chart.locationLimits().lower()).isCloseTo(11.6 - 2.659 * 1.5, within(1e-9));
        assertThat(chart.dispersionLimits().upper()).isCloseTo(3.267 * 1.5, within(1e-9));
        assertThat(chart.dispersionFirstIndex()).isEqualTo(1);
        assertThat(chart.sigmaWithin()).isCloseTo(1.5 / 1.128, within(1e-9));
    }

    @Test
    void flagsTheSubgroupWhoseMeanIsBeyondTheLimits() {
        List<List<Double>> subgroups = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            subgroups.add(i % 2 == 0 ? List.of(10.0, 11.0, 12.0) : List.of(12.0, 11.0, 10.0));
        }
        subgroups.set(6, List.of(20.0, 21.0, 22.0));

        ControlChart chart = ControlCharts.xBarR(subgroups);

        assertThat(chart.signals()).contains(new Signal(Signal.Rule.BEYOND_LIMITS, Signal.ChartPart.LOCATION, List.of(6)));
    }

    @Test
    void refusesSubgroupsOfDifferentSizes() {
        assertThatThrownBy(() -> ControlCharts.xBarR(List.of(List.of(1.0, 2.0), List.of(1.0, 2.0, 3.0))))
                .hasMessageContaining("subgroup 1 has 3 values");
    }
}
