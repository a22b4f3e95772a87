package id.sentra.matching;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A round as one person sees it: its meetings (all, or only their own), the tally for organisers. */
public record RoundView(MatchingRound round, List<Line> meetings, Map<MeetingOutcome, Long> tally, boolean manage) {

    /** A meeting with its index in the round (for recording an outcome) and its start time. */
    public record Line(int index, Meeting meeting, LocalTime startsAt) {
    }
}
