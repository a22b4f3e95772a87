package id.sentra.tkdn.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All stored cost structures. */
interface TkdnProducts extends ListCrudRepository<TkdnProduct, Long> {

    List<TkdnProduct> findByMemberIdOrderByContractIdAscLineNoAsc(long memberId);

    /**
     * The ids of a contract's products. Written out because a derived query builds its SQL again on every call, and the
     * contract page asks this on every view: building it took 5 % of the page's CPU at national scale, for contracts
     * that mostly have no products (bench/scale-pages3.md).
     */
    @Query("select id from tkdn_product where contract_id = :contractId")
    List<Long> idsOfContract(long contractId);

    List<TkdnProduct> findByContractIdIn(Collection<Long> contractIds);

    Optional<TkdnProduct> findByMemberIdAndContractIdAndLineNo(long memberId, long contractId, int lineNo);
}
