package id.sentra.registry;

import org.springframework.data.repository.ListCrudRepository;

/** All clusters. */
interface Clusters extends ListCrudRepository<Cluster, Long> {
}
