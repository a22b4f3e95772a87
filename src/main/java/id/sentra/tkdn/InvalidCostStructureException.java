package id.sentra.tkdn;

/**
 * A cost structure that cannot be assessed, naming the line (1-based; 0 for the structure as a whole)
 * and the field, with a message key the pages translate.
 */
public class InvalidCostStructureException extends IllegalArgumentException {

    private final int line;
    private final String field;
    private final String messageKey;

    public InvalidCostStructureException(int line, String field, String messageKey, String detail) {
        super((line > 0 ? "line " + line + ", " : "") + field + ": " + detail);
        this.line = line;
        this.field = field;
        this.messageKey = messageKey;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
