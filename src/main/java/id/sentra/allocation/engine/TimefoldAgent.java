package id.sentra.allocation.engine;

/** An agent in the plain Timefold model; the index keeps two agents of equal capacity apart. */
public record TimefoldAgent(int index, long capacity) {
}
