package id.sentra.registry;

import org.springframework.data.repository.ListCrudRepository;

/** All buyer organisations. */
interface Buyers extends ListCrudRepository<Buyer, Long> {
}
