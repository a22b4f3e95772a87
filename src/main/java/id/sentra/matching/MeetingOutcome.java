package id.sentra.matching;

/** What came of a one-to-one meeting, so that a round's results can be counted later. */
public enum MeetingOutcome {
    NO_INTEREST, FOLLOW_UP, MOU, CONTRACT;

    public String messageKey() {
        return "enum.MeetingOutcome." + name();
    }
}
