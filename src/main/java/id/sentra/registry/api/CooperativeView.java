package id.sentra.registry.api;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.Cooperative;
import id.sentra.registry.GeoPoint;

/** A cooperative as the API shows it. */
record CooperativeView(long id, String name, long clusterId, @Nullable Integer foundedYear, @Nullable String address,
                       String kabupaten, String province, @Nullable GeoPoint location) {

    static CooperativeView of(Cooperative c) {
        return new CooperativeView(c.getId(), c.name(), c.clusterId(), c.foundedYear(), c.address(), c.kabupaten(),
                c.province(), c.location());
    }
}
