package id.sentra.demand;

/** The things a person can do to a contract; which of them a given person may do now depends on role and status. */
public enum ContractAction {
    EDIT, PUBLISH, QUOTE, AWARD, START_PRODUCTION, CLOSE, CANCEL, CALL_OFF, CHANGE_SPECIFICATION, ACKNOWLEDGE, RECORD_ORIGIN;

    public String messageKey() {
        return "enum.ContractAction." + name();
    }
}
