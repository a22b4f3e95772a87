package id.sentra.quality.spc;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The table of chart constants for n = 2..10, shipped as a resource so the figures stay the
 * published ones (AIAG values via the AVEVA table, checked against the R SixSigma vignette).
 */
public final class SpcConstants {

    static final int MIN_SIZE = 2;
    static final int MAX_SIZE = 10;
    private static final String RESOURCE = "spc-constants.csv";

    private final Map<Integer, ChartConstants> bySize;

    private SpcConstants(Map<Integer, ChartConstants> bySize) {
        this.bySize = Map.copyOf(bySize);
    }

    /** The shipped table; read once (class holder), immutable afterwards. */
    public static SpcConstants standard() {
        return Holder.STANDARD;
    }

    public ChartConstants forSubgroupSize(int n) {
        ChartConstants constants = bySize.get(n);
        if (constants == null) {
            throw new IllegalArgumentException("subgroup size must be " + MIN_SIZE + ".." + MAX_SIZE + ", was " + n);
        }
        return constants;
    }

    private static final class Holder {
        private static final SpcConstants STANDARD = load();
    }

    private static SpcConstants load() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                SpcConstants.class.getResourceAsStream(RESOURCE), RESOURCE), StandardCharsets.UTF_8)) {
            Map<Integer, ChartConstants> bySize = new TreeMap<>();
            for (CSVRecord row : format.parse(reader)) {
                ChartConstants c = new ChartConstants(Integer.parseInt(row.get("n")), num(row, "A2"), num(row, "D3"),
                        num(row, "D4"), num(row, "d2"), num(row, "d3"), num(row, "c4"), num(row, "A3"),
                        num(row, "B3"), num(row, "B4"), num(row, "E2"));
                bySize.put(c.n(), c);
            }
            return new SpcConstants(bySize);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static double num(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
