package id.sentra.demand;

import java.time.Instant;

/** Who did something to a contract, and when: every change in a contract's history carries one. */
record Stamp(String by, Instant at) {
}
