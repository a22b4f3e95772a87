package id.sentra.registry;

import org.springframework.data.repository.ListCrudRepository;

/** All cooperatives. */
interface Cooperatives extends ListCrudRepository<Cooperative, Long> {
}
