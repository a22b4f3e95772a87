package id.sentra.allocation;

/** A plan is a draft until published; publishing one plan of a contract supersedes the others. */
public enum PlanStatus {
    DRAFT, PUBLISHED, SUPERSEDED;

    public String messageKey() {
        return "enum.PlanStatus." + name();
    }
}
