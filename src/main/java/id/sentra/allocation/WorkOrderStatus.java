package id.sentra.allocation;

/** A work order's life: released by publication; production moves it on (in production, inspected, shipped). */
public enum WorkOrderStatus {
    RELEASED, IN_PRODUCTION, INSPECTED, SHIPPED;

    public String messageKey() {
        return "enum.WorkOrderStatus." + name();
    }
}
