package id.sentra.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes a round's one-to-one meetings. Slot by slot, the buyer with the fewest meetings so far
 * chooses first and takes its best-scoring IKM not yet met and free in that slot, until the rooms
 * are full; so every buyer meets its best candidates and nobody is in two places at once.
 */
final class TimetablePlanner {

    private TimetablePlanner() {
    }

    /** A buyer's candidates in this round, best first. */
    record Options(long buyerId, List<Option> ranked) {
    }

    record Option(long memberId, double score) {
    }

    static List<Meeting> plan(List<Options> buyers, int slotCount, List<String> rooms) {
        var meetings = new ArrayList<Meeting>();
        var met = new HashSet<String>();
        var count = new HashMap<Long, Integer>();
        for (int slot = 0; slot < slotCount; slot++) {
            var busyMembers = new HashSet<Long>();
            var order = buyers.stream()
                    .sorted(Comparator.comparingInt((Options b) -> count.getOrDefault(b.buyerId(), 0)).thenComparingLong(Options::buyerId))
                    .toList();
            int room = 0;
            for (var buyer : order) {
                if (room == rooms.size()) {
                    break;
                }
                var choice = bestFree(buyer, busyMembers, met);
                if (choice != null) {
                    meetings.add(new Meeting(buyer.buyerId(), choice.memberId(), slot, rooms.get(room++), choice.score(), null, null));
                    busyMembers.add(choice.memberId());
                    met.add(buyer.buyerId() + ":" + choice.memberId());
                    count.merge(buyer.buyerId(), 1, Integer::sum);
                }
            }
        }
        return meetings;
    }

    private static Option bestFree(Options buyer, Set<Long> busyMembers, Set<String> met) {
        for (var option : buyer.ranked()) {
            if (!busyMembers.contains(option.memberId()) && !met.contains(buyer.buyerId() + ":" + option.memberId())) {
                return option;
            }
        }
        return null;
    }

    /** Meetings per outcome, none counted for meetings still without one. */
    static Map<MeetingOutcome, Long> tally(List<Meeting> meetings) {
        var tally = new java.util.EnumMap<MeetingOutcome, Long>(MeetingOutcome.class);
        for (var outcome : MeetingOutcome.values()) {
            tally.put(outcome, meetings.stream().filter(m -> m.outcome() == outcome).count());
        }
        return tally;
    }
}
