package id.sentra.platform;

/**
 * Someone else saved the record after this edit was started. The edit is refused rather than
 * silently overwriting their change; the person reloads and edits again.
 */
public class StaleRecordException extends RuntimeException {

    private final String recordType;
    private final long recordId;

    public StaleRecordException(String recordType, long recordId) {
        super("The " + recordType + " " + recordId + " was changed by someone else since you opened it");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }
}
