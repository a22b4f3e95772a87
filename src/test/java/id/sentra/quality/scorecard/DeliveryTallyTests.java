package id.sentra.quality.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** On-time delivery counted by hand: shipped by the end of the order's month, open orders late once their month is over. */
class DeliveryTallyTests {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void countsShippedByTheLastDayOfTheMonthAsOnTime() {
        var tally = DeliveryTally.NONE.plus(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), DECEMBER);
        assertThat(tally).isEqualTo(new DeliveryTally(1, 1));
    }

    @Test
    void countsShippedTheNextMonthAsLate() {
        var tally = DeliveryTally.NONE.plus(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), DECEMBER);
        assertThat(tally).isEqualTo(new DeliveryTally(1, 0));
    }

    @Test
    void countsAnOrderStillOpenAfterItsMonthAsLate() {
        var tally = DeliveryTally.NONE.plus(LocalDate.of(2026, 11, 1), null, DECEMBER);
        assertThat(tally).isEqualTo(new DeliveryTally(1, 0));
    }

    @Test
    void leavesAnOpenOrderOfTheCurrentMonthOutUntilItsMonthEnds() {
        var tally = DeliveryTally.NONE.plus(LocalDate.of(2026, 12, 1), null, DECEMBER);
        assertThat(tally).isEqualTo(DeliveryTally.NONE);
        assertThat(tally.share()).isEmpty();
    }

    @Test
    void sharesThreeOnTimeOfFourDue() {
        var tally = DeliveryTally.NONE
                .plus(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 20), DECEMBER)
                .plus(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), DECEMBER)
                .plus(LocalDate.of(2026, 10, 1), null, DECEMBER)
                .plus(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), DECEMBER)
                .plus(LocalDate.of(2026, 12, 1), null, DECEMBER);
        assertThat(tally).isEqualTo(new DeliveryTally(4, 3));
        assertThat(tally.share()).hasValue(0.75);
    }
}
