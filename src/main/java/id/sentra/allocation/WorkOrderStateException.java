package id.sentra.allocation;

/** A work order asked to move to a state its current state does not lead to; the message names both. */
public class WorkOrderStateException extends RuntimeException {

    private final WorkOrderStatus current;
    private final WorkOrderStatus wanted;

    public WorkOrderStateException(long workOrderId, WorkOrderStatus current, WorkOrderStatus wanted) {
        super("Work order " + workOrderId + " is " + current + "; it cannot move to " + wanted);
        this.current = current;
        this.wanted = wanted;
    }

    public WorkOrderStatus current() {
        return current;
    }

    public WorkOrderStatus wanted() {
        return wanted;
    }
}
