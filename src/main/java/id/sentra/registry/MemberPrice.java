package id.sentra.registry;

import org.jspecify.annotations.Nullable;

/** A member's price for one material family it pours, in rupiah per kilogram; null while none is agreed. */
public record MemberPrice(MaterialFamily material, @Nullable Long rupiahPerKg) {
}
