package id.sentra.allocation.planning;

import java.time.YearMonth;

/** A quantity the operator fixed by hand; the optimiser re-plans everything else around it. */
public record Pin(long memberId, String lineKey, YearMonth month, int pieces) {
}
