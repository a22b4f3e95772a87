package id.sentra.allocation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** All work orders. */
interface WorkOrders extends ListCrudRepository<WorkOrder, Long> {

    List<WorkOrder> findByMemberIdOrderByPeriodAscLineNoAsc(long memberId);

    List<WorkOrder> findByContractIdOrderByMemberIdAscLineNoAsc(long contractId);

    List<WorkOrder> findByCooperativeIdOrderByPeriodAscMemberIdAsc(long cooperativeId);

    Slice<WorkOrder> findByMemberIdOrderByPeriodDescIdDesc(long memberId, Pageable page);

    Slice<WorkOrder> findByCooperativeIdOrderByPeriodDescIdDesc(long cooperativeId, Pageable page);

    Slice<WorkOrder> findAllByOrderByPeriodDescIdDesc(Pageable page);

    /** Holds the row until the transaction ends, so two lots added at once are counted one after the other. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<WorkOrder> findLockedById(long id);
}
