package id.sentra.allocation;

import org.springframework.data.repository.ListCrudRepository;

/** All allocation plans. */
interface Allocations extends ListCrudRepository<Allocation, Long> {

    java.util.List<Allocation> findByContractIdOrderByIdDesc(long contractId);
}
