package id.sentra.quality.production;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All lots. */
interface Lots extends ListCrudRepository<Lot, Long> {

    List<Lot> findByWorkOrderIdOrderByIdAsc(long workOrderId);

    /** Good pieces already reported against a work order. */
    @Query("select coalesce(sum(quantity_made), 0) from lot where work_order_id = :workOrderId")
    int madeFor(long workOrderId);

    @Query("select lot_id from lot_heat where heat_id = :heatId order by lot_id")
    List<Long> idsOfHeat(long heatId);
}
