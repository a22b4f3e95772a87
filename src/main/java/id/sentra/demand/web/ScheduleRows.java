package id.sentra.demand.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.sentra.demand.ContractView;

/**
 * The contract page's month-by-month tables with every cell written out once in Java: one number format for the
 * page instead of a template expression, a bean call and a format copy per cell (about 250 cells a contract; the
 * page's template expressions were a fifth of its CPU: bench/scale-pages.md). The text is what
 * {@code @fmt.number} and {@code @periods.label} give.
 */
record ScheduleRows(String month, String scheduled, String calledOff, String cumulativeScheduled, String cumulativeCalledOff,
                    boolean current) {

    /** Each line's rows by line number, the current month marked. */
    static Map<Integer, List<ScheduleRows>> of(ContractView contract, Periods periods, LocalDate today, Locale locale) {
        var numbers = NumberFormat.getNumberInstance(locale);
        var thisMonth = YearMonth.from(today);
        var rows = new LinkedHashMap<Integer, List<ScheduleRows>>();
        for (var line : contract.lines()) {
            rows.put(line.lineNo(), line.months().stream()
                    .map(m -> new ScheduleRows(periods.label(m.period()), numbers.format(m.scheduled()), numbers.format(m.calledOff()),
                            numbers.format(m.cumulativeScheduled()), numbers.format(m.cumulativeCalledOff()),
                            m.period().equals(thisMonth)))
                    .toList());
        }
        return rows;
    }
}
