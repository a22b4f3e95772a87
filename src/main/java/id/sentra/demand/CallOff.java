package id.sentra.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A quantity of one line the buyer released for delivery in one month. */
@Table("contract_call_off")
record CallOff(int lineNo, LocalDate period, int quantity, @Nullable String reference, String releasedBy, Instant releasedAt) {

    YearMonth month() {
        return YearMonth.from(period);
    }
}
