package id.sentra.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A buyer's plant or depot: where parts are delivered, so where transport distance is measured to. */
@Table("buyer_plant")
public record Plant(String name, @Nullable String address, String kabupaten, String province,
                    @Embedded.Nullable @Nullable GeoPoint location) {
}
