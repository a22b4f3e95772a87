package id.sentra.allocation.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The minimisation optima and best-known values of {@code optima.csv}, by file and 1-based problem index. */
record BestKnown(Map<String, Entry> entries) {

    /** One row: the value and whether it is a proven optimum. */
    record Entry(long value, boolean optimal) {
    }

    static BestKnown read(Path csv) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] field = line.split(",", -1);
            if (field.length >= 6 && field[4].equals("min")) {
                entries.put(key(field[0], Integer.parseInt(field[1])),
                        new Entry(Long.parseLong(field[5]), line.endsWith(",optimal")));
            }
        }
        return new BestKnown(Map.copyOf(entries));
    }

    Entry of(String file, int index) {
        Entry entry = entries.get(key(file, index));
        if (entry == null) {
            throw new IllegalArgumentException("optima.csv has no minimisation value for " + file + " problem " + index);
        }
        return entry;
    }

    private static String key(String file, int index) {
        return file + "#" + index;
    }
}
