package id.sentra.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** A person at a buyer whom the cooperative deals with (procurement, quality). */
@Table("buyer_contact")
public record Contact(String name, @Nullable String position, @Nullable String email, @Nullable String phone) {
}
