package id.sentra.quality.spc;

import java.util.List;

/** The few descriptive statistics the charts and capability need. */
final class Stats {

    private Stats() {
    }

    static double mean(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    static double range(List<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }

    /** Sample standard deviation, divisor n - 1. */
    static double sampleStandardDeviation(List<Double> values) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("a standard deviation needs at least 2 values");
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.size() - 1));
    }
}
