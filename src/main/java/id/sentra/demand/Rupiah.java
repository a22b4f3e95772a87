package id.sentra.demand;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An amount in whole rupiah; Indonesian invoices carry no sen. Written in JSON as a plain number. */
public record Rupiah(@JsonValue long amount) implements Comparable<Rupiah> {

    public static final Rupiah ZERO = new Rupiah(0);

    public Rupiah {
        if (amount < 0) {
            throw new IllegalArgumentException("A price or value is never negative: " + amount);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Rupiah of(long amount) {
        return new Rupiah(amount);
    }

    public Rupiah times(long quantity) {
        return new Rupiah(Math.multiplyExact(amount, quantity));
    }

    public Rupiah plus(Rupiah other) {
        return new Rupiah(Math.addExact(amount, other.amount));
    }

    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(amount, other.amount);
    }
}
