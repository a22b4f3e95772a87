package id.sentra.quality.scorecard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.sentra.quality.scorecard.ChartView;
import id.sentra.quality.scorecard.Scorecard;
import id.sentra.quality.spc.ControlChart;
import id.sentra.quality.spc.Signal;

/**
 * The JSON the pages' charts draw from (static/js/spc.js): a control chart with its limits and signal points,
 * a histogram with the specification limits, and the scorecard's monthly trend; legend names in the reader's language.
 */
@Component
class SpcChartData {

    /** Bins of a histogram: Sturges' rule, log2(N) + 1, bounded so a few values still show a shape. */
    static final int MIN_BINS = 5;
    static final int MAX_BINS = 20;

    private final MessageSource messages;

    SpcChartData(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, Object> control(ChartView view, ControlChart chart) {
        var data = new LinkedHashMap<String, Object>();
        data.put("labels", view.pointLabels());
        data.put("values", chart.location());
        data.put("lcl", chart.locationLimits().lower());
        data.put("cl", chart.locationLimits().centre());
        data.put("ucl", chart.locationLimits().upper());
        data.put("signals", chart.signals().stream().filter(s -> s.part() == Signal.ChartPart.LOCATION)
                .flatMap(s -> s.indices().stream()).distinct().sorted().toList());
        boolean individuals = chart.kind() == ControlChart.Kind.INDIVIDUALS_MOVING_RANGE;
        // Specification limits belong on a chart of individual values only: means scatter less than parts.
        if (individuals && view.spec() != null) {
            putIfPresent(data, "lsl", view.spec().lower());
            putIfPresent(data, "usl", view.spec().upper());
        }
        data.put("names", names("points." + chart.kind().name(), "ucl", "cl", "lcl", "signal", "lsl", "usl"));
        data.put("unit", view.unit());
        return data;
    }

    Map<String, Object> histogram(ChartView view) {
        var values = view.values();
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int bins = Math.clamp((int) Math.ceil(Math.log(Math.max(values.size(), 1)) / Math.log(2)) + 1, MIN_BINS, MAX_BINS);
        double width = max > min ? (max - min) / bins : 1;
        var counts = new int[bins];
        values.forEach(v -> counts[Math.min(bins - 1, (int) ((v - min) / width))]++);
        var bars = new ArrayList<List<Double>>();
        for (int i = 0; i < bins; i++) {
            bars.add(List.of(min + (i + 0.5) * width, (double) counts[i]));
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("bars", bars);
        data.put("width", width);
        if (view.spec() != null) {
            putIfPresent(data, "lsl", view.spec().lower());
            putIfPresent(data, "usl", view.spec().upper());
        }
        data.put("names", names("count", "lsl", "usl"));
        return data;
    }

    Map<String, Object> trend(Scorecard card) {
        var months = card.trend();
        return Map.of(
                "labels", months.stream().map(m -> java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", LocaleContextHolder.getLocale()).format(m.month())).toList(),
                "shares", List.of(
                        series("onTime", months.stream().map(m -> percent(m.onTimeShare())).toList()),
                        series("firstTime", months.stream().map(m -> percent(m.firstTimeShare())).toList())),
                "ppm", series("ppm", months.stream().map(m -> (Object) m.defectivePpm()).toList()));
    }

    private Map<String, Object> series(String key, List<Object> values) {
        var series = new LinkedHashMap<String, Object>();
        series.put("name", text("spc.chart." + key));
        series.put("values", values);
        return series;
    }

    private static Object percent(@org.jspecify.annotations.Nullable Double share) {
        return share == null ? "-" : Math.round(share * 1000) / 10.0;
    }

    private static void putIfPresent(Map<String, Object> data, String key, @org.jspecify.annotations.Nullable Double value) {
        if (value != null) {
            data.put(key, value);
        }
    }

    private Map<String, String> names(String... keys) {
        var names = new LinkedHashMap<String, String>();
        for (String key : keys) {
            names.put(key.startsWith("points.") ? "points" : key, text("spc.chart." + key));
        }
        return names;
    }


    /** Each characteristic as the choice list shows it: an element's name, "CE", or a measured characteristic's own name. */
    Map<String, String> keyLabels(List<String> keys) {
        var labels = new LinkedHashMap<String, String>();
        for (String key : keys) {
            labels.put(key, key.startsWith("lot:") ? text("spc.key.lot", key.substring(4))
                    : key.equals("CE") || key.equals("TENSILE") || key.equals("HARDNESS") ? text("spc.key." + key)
                    : text("enum.Element." + key));
        }
        return labels;
    }

    /** Each signal in words: the rule, the chart part and the points (heat or lot numbers on the location chart). */
    List<String> signals(ChartView view, ControlChart chart) {
        return chart.signals().stream().map(s -> text("spc.signal." + s.rule().name(),
                text("spc.part." + s.part().name().toLowerCase(Locale.ROOT)),
                String.join(", ", s.indices().stream().map(i -> i < view.pointLabels().size() ? view.pointLabels().get(i)
                        : String.valueOf(i + 1)).toList()))).toList();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
