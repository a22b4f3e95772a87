package id.sentra.matching;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One buyer meeting one IKM in one time slot and room, with the match score that put them together. */
@Table("matching_meeting")
public record Meeting(long buyerId, long memberId, int slot, String room, double score,
                      @Nullable MeetingOutcome outcome, @Nullable String note) {

    Meeting withOutcome(MeetingOutcome newOutcome, @Nullable String newNote) {
        return new Meeting(buyerId, memberId, slot, room, score, newOutcome, newNote);
    }
}
