package id.sentra.demand.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.sentra.demand.ContractView;

/** Chart data for the detail page: per line, scheduled against called-off pieces month by month. */
@Component
class ContractCharts {

    private final MessageSource messages;
    private final Periods periods;

    ContractCharts(MessageSource messages, Periods periods) {
        this.messages = messages;
        this.periods = periods;
    }

    /** Keyed by line number; each a {@code columns} chart with labels, two series and a unit. */
    Map<Integer, Map<String, Object>> perLine(ContractView contract) {
        var charts = new LinkedHashMap<Integer, Map<String, Object>>();
        for (var line : contract.lines()) {
            var months = line.months();
            charts.put(line.lineNo(), Map.of(
                    "labels", months.stream().map(m -> periods.label(m.period())).toList(),
                    "series", List.of(
                            Map.of("name", text("contract.scheduled"), "values", months.stream().map(ContractView.MonthRow::scheduled).toList()),
                            Map.of("name", text("contract.calledOff"), "values", months.stream().map(ContractView.MonthRow::calledOff).toList())),
                    "unit", text("unit.pieces")));
        }
        return charts;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
