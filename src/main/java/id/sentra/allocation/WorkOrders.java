package id.sentra.allocation;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** All work orders. */
interface WorkOrders extends ListCrudRepository<WorkOrder, Long> {

    List<WorkOrder> findByMemberIdOrderByPeriodAscLineNoAsc(long memberId);

    List<WorkOrder> findByCooperativeIdOrderByPeriodAscMemberIdAsc(long cooperativeId);
}
