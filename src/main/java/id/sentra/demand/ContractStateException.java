package id.sentra.demand;

/** An action the contract's current status does not allow, e.g. awarding an RFQ nobody has quoted. */
public class ContractStateException extends RuntimeException {

    private final ContractAction action;
    private final ContractStatus status;

    public ContractStateException(long contractId, ContractAction action, ContractStatus status) {
        super("Cannot " + action + " contract " + contractId + ": it is " + status);
        this.action = action;
        this.status = status;
    }

    public ContractAction action() {
        return action;
    }

    public ContractStatus status() {
        return status;
    }
}
