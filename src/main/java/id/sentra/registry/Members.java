package id.sentra.registry;

import org.springframework.data.repository.ListCrudRepository;

/** All member IKM, for writes and single-record reads; searches go through {@link MemberSearch}. */
interface Members extends ListCrudRepository<Member, Long> {

    boolean existsByNib(String nib);
}
