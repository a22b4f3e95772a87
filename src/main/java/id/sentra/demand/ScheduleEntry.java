package id.sentra.demand;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.data.relational.core.mapping.Table;

/** The quantity of one line the buyer commits to take in one month; the month is stored as its first day. */
@Table("contract_schedule")
record ScheduleEntry(int lineNo, LocalDate period, int quantity) {

    static ScheduleEntry of(int lineNo, MonthlyQuantity month) {
        return new ScheduleEntry(lineNo, month.period().atDay(1), month.quantity());
    }

    YearMonth month() {
        return YearMonth.from(period);
    }
}
