package id.sentra.tkdn.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All stored cost structures. */
interface TkdnProducts extends ListCrudRepository<TkdnProduct, Long> {

    List<TkdnProduct> findByMemberIdOrderByContractIdAscLineNoAsc(long memberId);

    List<TkdnProduct> findByContractId(long contractId);

    List<TkdnProduct> findByContractIdIn(Collection<Long> contractIds);

    Optional<TkdnProduct> findByMemberIdAndContractIdAndLineNo(long memberId, long contractId, int lineNo);
}
