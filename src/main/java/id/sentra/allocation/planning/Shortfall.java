package id.sentra.allocation.planning;

import java.time.YearMonth;

/** Pieces of a line the members cannot make in a month: reported, never hidden in a partial plan. */
public record Shortfall(String lineKey, YearMonth month, int pieces) {
}
