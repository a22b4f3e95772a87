package id.sentra.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the SPC arithmetic on seeded random subgroups (one seed per case, reproducible). */
class SpcPropertyTests {

    private static final double EPS = 1e-9;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void limitsAreSymmetricAboutTheCentreLine(long seed) {
        ControlChart chart = ControlCharts.xBarR(subgroups(new Random(seed)));
        ControlLimits x = chart.locationLimits();

        assertThat(x.upper() - x.centre()).isCloseTo(x.centre() - x.lower(), within(EPS));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void shiftingTheDataShiftsTheLocationLimitsAndLeavesTheRangeChart(long seed) {
        Random random = new Random(seed);
        List<List<Double>> data = subgroups(random);
        double shift = random.nextDouble() * 200 - 100;
        List<List<Double>> shifted = data.stream().map(g -> g.stream().map(v -> v + shift).toList()).toList();

        ControlChart before = ControlCharts.xBarS(data);
        ControlChart after = ControlCharts.xBarS(shifted);

        assertThat(after.locationLimits().lower()).isCloseTo(before.locationLimits().lower() + shift, within(1e-6));
        assertThat(after.locationLimits().upper()).isCloseTo(before.locationLimits().upper() + shift, within(1e-6));
        assertThat(after.dispersionLimits().upper()).isCloseTo(before.dispersionLimits().upper(), within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void cpkNeverExceedsCpAndPpkNeverExceedsPp(long seed) {
        Random random = new Random(seed);
        List<List<Double>> data = subgroups(random);
        double centre = 50 + random.nextGaussian() * 3;
        double halfWidth = 5 + random.nextDouble() * 10;
        Capability c = Capabilities.ofSubgroups(data, SpecLimits.twoSided(centre - halfWidth, centre + halfWidth), 0.95);

        assertThat(c.cpk().value()).isLessThanOrEqualTo(c.cp().value() + EPS);
        assertThat(c.ppk().value()).isLessThanOrEqualTo(c.pp().value() + EPS);
        assertThat(c.cp().lower()).isLessThan(c.cp().value());
        assertThat(c.cpk().upper()).isGreaterThan(c.cpk().value());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void cpScalesInverselyWithSigma(long seed) {
        Random random = new Random(seed);
        List<List<Double>> data = subgroups(random);
        double factor = 0.5 + random.nextDouble() * 3;
        List<List<Double>> spread = data.stream().map(g -> g.stream().map(v -> 50 + (v - 50) * factor).toList()).toList();
        SpecLimits spec = SpecLimits.twoSided(40, 60);

        double cp = Capabilities.ofSubgroups(data, spec, 0.95).cp().value();
        double cpSpread = Capabilities.ofSubgroups(spread, spec, 0.95).cp().value();

        assertThat(cpSpread).isCloseTo(cp / factor, within(1e-6));
    }

    /** 25 subgroups of a random size 2..10 around 50 with sigma 1..3. */
    private static List<List<Double>> subgroups(Random random) {
        int n = 2 + random.nextInt(9);
        double sigma = 1 + random.nextDouble() * 2;
        List<List<Double>> groups = new ArrayList<>();
        for (int g = 0; g < 25; g++) {
            List<Double> group = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                group.add(50 + random.nextGaussian() * sigma);
            }
            groups.add(List.copyOf(group));
        }
        return groups;
    }
}
