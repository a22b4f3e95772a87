package id.sentra.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What an organiser decides before a round: when and where, the slots and rooms, who is invited. */
public record RoundPlan(String name, LocalDate heldOn, @Nullable String venue, LocalTime firstSlot, int slotMinutes,
                        int slotCount, List<String> rooms, List<RoundBuyer> buyers, Set<Long> memberIds) {

    public RoundPlan {
        rooms = List.copyOf(rooms);
        buyers = List.copyOf(buyers);
        memberIds = Set.copyOf(memberIds);
    }
}
