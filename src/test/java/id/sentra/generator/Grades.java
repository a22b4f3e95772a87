package id.sentra.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The grades the generated parts are poured in, with their chemistry ranges read from the application's own grade
 * library ({@code quality/library/grade-chemistry.csv}), so that generated heats read like the library's grades.
 */
final class Grades {

    record Grade(String code, String family, int tensileMin, int hardnessLow, int hardnessHigh, List<String> elements,
                 long[] minimum, long[] maximum) {

        /** A spectrometer reading of each element in ten-thousandths of a percent, spread around the middle of its range. */
        long reading(int element, SplittableRandom random) {
            long low = minimum[element], high = maximum[element];
            double middle = (low + high) / 2.0, spread = (high - low) / 6.0;
            return Math.max(1, Math.round(middle + random.nextGaussian() * spread));
        }
    }

    static final List<Grade> ALL = List.of(
            grade("FC200", "GREY_IRON", 200, 150, 223), grade("FC250", "GREY_IRON", 250, 170, 241),
            grade("FC300", "GREY_IRON", 300, 190, 262), grade("FCD450-10", "DUCTILE_IRON", 450, 160, 210),
            grade("FCD500-7", "DUCTILE_IRON", 500, 170, 230), grade("TRS1008-H241", "HIGH_PHOSPHORUS_IRON", 0, 197, 255));

    static Grade pick(String family, SplittableRandom random) {
        var candidates = ALL.stream().filter(g -> g.family().equals(family)).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static Grade grade(String code, String family, int tensileMin, int hardnessLow, int hardnessHigh) {
        var elements = new ArrayList<String>();
        var minimum = new ArrayList<Long>();
        var maximum = new ArrayList<Long>();
        try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Grades.class.getResourceAsStream("/quality/library/grade-chemistry.csv")), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(line -> line.split(",", -1)).filter(cells -> cells[0].equals(code)).forEach(cells -> {
                long max = Math.round(Double.parseDouble(cells[3]) * 10_000);
                long min = cells[2].isEmpty() ? max / 3 : Math.round(Double.parseDouble(cells[2]) * 10_000);
                elements.add(cells[1]);
                minimum.add(min);
                // An element with only a maximum is kept under it: readings spread over its lower two thirds.
                maximum.add(cells[2].isEmpty() ? max * 5 / 6 : max);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (elements.isEmpty()) {
            throw new IllegalStateException("grade " + code + " has no chemistry in the library");
        }
        return new Grade(code, family, tensileMin, hardnessLow, hardnessHigh, List.copyOf(elements),
                minimum.stream().mapToLong(Long::longValue).toArray(), maximum.stream().mapToLong(Long::longValue).toArray());
    }
}
