package id.sentra.quality.inspection;

/** A non-conformance report's way: opened, the suspect parts contained, then closed once cause and correction are known. */
public enum NcrStatus {
    OPEN, CONTAINED, CLOSED;

    public String messageKey() {
        return "enum.NcrStatus." + name();
    }
}
