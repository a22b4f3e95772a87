package id.sentra.quality.spc;

import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Computes capability indices (Montgomery, Introduction to Statistical Quality Control, ch. 8).
 * Confidence intervals: Cp and Pp from the chi-square distribution with N - 1 degrees of freedom
 * (N = all measurements); Cpk and Ppk by Bissell's normal approximation (A. F. Bissell, "How
 * reliable is your capability index?", Applied Statistics 39(3), 1990):
 * Cpk ± z·sqrt(1/(9N) + Cpk²/(2(N - 1))).
 */
public final class Capabilities {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double PPM = 1_000_000;

    private Capabilities() {
    }

    /** Capability from subgroups: sigma-within = R̄/d2 (n = 2..10) or MR̄/d2 for subgroups of one. */
    public static Capability ofSubgroups(List<List<Double>> subgroups, SpecLimits spec, double confidence) {
        List<Double> all = subgroups.stream().flatMap(List::stream).toList();
        boolean individuals = subgroups.stream().allMatch(g -> g.size() == 1);
        ControlChart chart = individuals ? ControlCharts.individuals(all) : ControlCharts.xBarR(subgroups);
        return of(all, chart.sigmaWithin(), spec, confidence);
    }

    /** Capability of the measurements with a given within-subgroup sigma (e.g. S̄/c4 of an X̄-S chart). */
    public static Capability of(List<Double> values, double sigmaWithin, SpecLimits spec, double confidence) {
        if (values.size() < 2 || !(sigmaWithin > 0) || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("capability needs >= 2 values, sigma > 0 and 0 < confidence < 1");
        }
        double mean = Stats.mean(values);
        double overall = Stats.sampleStandardDeviation(values);
        int n = values.size();
        return new Capability(spec, n, mean, sigmaWithin, overall, confidence,
                potential(spec, sigmaWithin, n, confidence), actual(spec, mean, sigmaWithin, n, confidence),
                potential(spec, overall, n, confidence), actual(spec, mean, overall, n, confidence),
                expectedPpm(spec, mean, overall));
    }

    private static @Nullable CapabilityIndex potential(SpecLimits spec, double sigma, int n, double confidence) {
        if (!spec.twoSided()) {
            return null;
        }
        double value = (spec.upper() - spec.lower()) / (6 * sigma);
        int df = n - 1;
        ChiSquaredDistribution chi2 = ChiSquaredDistribution.of(df);
        double alpha = 1 - confidence;
        double low = value * Math.sqrt(chi2.inverseCumulativeProbability(alpha / 2) / df);
        double high = value * Math.sqrt(chi2.inverseCumulativeProbability(1 - alpha / 2) / df);
        return new CapabilityIndex(value, low, high);
    }

    private static CapabilityIndex actual(SpecLimits spec, double mean, double sigma, int n, double confidence) {
        double value = Double.POSITIVE_INFINITY;
        if (spec.upper() != null) {
            value = Math.min(value, (spec.upper() - mean) / (3 * sigma));
        }
        if (spec.lower() != null) {
            value = Math.min(value, (mean - spec.lower()) / (3 * sigma));
        }
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double halfWidth = z * Math.sqrt(1.0 / (9 * n) + value * value / (2.0 * (n - 1)));
        return new CapabilityIndex(value, value - halfWidth, value + halfWidth);
    }

    /** Expected nonconforming parts per million: normal tails beyond each limit, overall sigma. */
    static double expectedPpm(SpecLimits spec, double mean, double sigma) {
        double outside = 0;
        if (spec.upper() != null) {
            outside += STANDARD_NORMAL.survivalProbability((spec.upper() - mean) / sigma);
        }
        if (spec.lower() != null) {
            outside += STANDARD_NORMAL.cumulativeProbability((spec.lower() - mean) / sigma);
        }
        return outside * PPM;
    }
}
