package id.sentra.allocation.planning;

import java.time.YearMonth;

/** Pieces of one line that one member makes in one month. */
public record Assignment(long memberId, String lineKey, YearMonth month, int pieces) {
}
