package id.sentra.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.sentra.platform.StaleRecordException;
import id.sentra.registry.MaterialFamily;

class WorkOrderTests {

    private static WorkOrder released() {
        return new WorkOrder(1, 2, 3, 4, 1, "Cylinder sleeve", MaterialFamily.GREY_IRON, 1200, LocalDate.of(2027, 1, 1), 200, 45_000);
    }

    @Test
    void goesFromReleasedThroughProductionAndInspectionToShipped() {
        var order = released();
        order.startProduction(0);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.IN_PRODUCTION);
        order.markInspected(0);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.INSPECTED);
        order.ship(0, LocalDate.of(2027, 1, 20));
        assertThat(order.status()).isEqualTo(WorkOrderStatus.SHIPPED);
        assertThat(order.shippedOn()).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void refusesToShipAnOrderNotYetInspectedAndNamesItsState() {
        var order = released();
        assertThatThrownBy(() -> order.ship(0, LocalDate.of(2027, 1, 20))).isInstanceOf(WorkOrderStateException.class)
                .hasMessageContaining("is RELEASED").hasMessageContaining("SHIPPED");
        assertThat(order.status()).isEqualTo(WorkOrderStatus.RELEASED);
    }

    @Test
    void refusesToInspectAReleasedOrder() {
        assertThatThrownBy(() -> released().markInspected(0)).isInstanceOf(WorkOrderStateException.class)
                .hasMessageContaining("is RELEASED");
    }

    @Test
    void refusesToStartProductionTwice() {
        var order = released();
        order.startProduction(0);
        assertThatThrownBy(() -> order.startProduction(0)).isInstanceOf(WorkOrderStateException.class)
                .hasMessageContaining("is IN_PRODUCTION");
    }

    @Test
    void refusesAMoveFromAStaleVersion() {
        var order = released();
        assertThatThrownBy(() -> order.startProduction(3)).isInstanceOf(StaleRecordException.class);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.RELEASED);
    }
}
