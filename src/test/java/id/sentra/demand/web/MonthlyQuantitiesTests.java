package id.sentra.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthlyQuantitiesTests {

    @Test
    void aSpreadsheetRowBecomesOneQuantityPerMonth() {
        assertThat(MonthlyQuantities.parse("150\t150 200;  0 1.200 1,500")).containsExactly(150, 150, 200, 0, 1200, 1500);
    }

    @Test
    void theFirstBadMonthIsNamedWithWhatWasWritten() {
        var problem = MonthlyQuantities.check("100 12x -5", 60).orElseThrow();

        assertThat(problem.messageKey()).isEqualTo("rfq.monthly.notANumber");
        assertThat(problem.arguments()).containsExactly(2, "12x");
    }

    @Test
    void aNegativeQuantityIsNotAQuantity() {
        assertThat(MonthlyQuantities.check("100 -5", 60).orElseThrow().arguments()).containsExactly(2, "-5");
    }

    @Test
    void moreMonthsThanAllowedAreRefused() {
        assertThat(MonthlyQuantities.check("1 2 3 4", 3).orElseThrow().messageKey()).isEqualTo("rfq.monthly.tooMany");
    }

    @Test
    void aScheduleOfZerosHasNoDeliveryAndIsRefused() {
        assertThat(MonthlyQuantities.check("0 0 0", 60).orElseThrow().messageKey()).isEqualTo("rfq.monthly.empty");
    }

    @Test
    void aWellFormedScheduleHasNoProblem() {
        assertThat(MonthlyQuantities.check("150 0 200", 60)).isEmpty();
    }
}
