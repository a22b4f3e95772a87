package id.sentra.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import id.sentra.registry.RegistryStatistics.Slice;

/** Labels and values of one chart, with enum codes turned into words of the reader's language. */
final class ChartData {

    private ChartData() {
    }

    static Map<String, Object> of(List<Slice> slices, String labelPrefix, String unit, MessageSource messages, Locale locale) {
        var labels = slices.stream()
                .map(s -> labelPrefix.isEmpty() ? s.label() : messages.getMessage(labelPrefix + s.label(), null, s.label(), locale))
                .toList();
        var values = slices.stream().map(Slice::amount).toList();
        return Map.of("labels", labels, "values", values, "unit", unit);
    }
}
