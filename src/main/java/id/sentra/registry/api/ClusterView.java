package id.sentra.registry.api;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.Cluster;
import id.sentra.registry.GeoPoint;

/** A cluster (sentra) as the API shows it. */
record ClusterView(long id, String name, String kabupaten, String province, @Nullable GeoPoint location) {

    static ClusterView of(Cluster c) {
        return new ClusterView(c.getId(), c.name(), c.kabupaten(), c.province(), c.location());
    }
}
