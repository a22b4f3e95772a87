package id.sentra.allocation.planning;

import java.util.List;
import java.util.Map;

/** One member's part of a plan: pieces per line, and why it got them or why not more. */
public record MemberPlan(long memberId, String name, Map<String, Integer> piecesByLine, long kg, long shareOfCapacityPercent,
                         List<Because> why) {

    public int pieces() {
        return piecesByLine.values().stream().mapToInt(Integer::intValue).sum();
    }
}
