package id.sentra.quality.inspection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All lot inspections; a lot's standing one is the one not superseded by a re-inspection. */
interface Inspections extends ListCrudRepository<Inspection, Long> {

    Optional<Inspection> findByLotIdAndSupersededFalse(long lotId);

    List<Inspection> findByMemberIdAndSupersededFalseOrderByInspectedOnAscIdAsc(long memberId);

    List<Inspection> findByCooperativeIdAndSupersededFalseOrderByInspectedOnAscIdAsc(long cooperativeId);

    List<Inspection> findByMemberIdAndInspectedOnGreaterThanEqualAndSupersededFalseOrderByInspectedOnAscIdAsc(long memberId, java.time.LocalDate from);

    List<Inspection> findByCooperativeIdAndInspectedOnGreaterThanEqualAndSupersededFalseOrderByInspectedOnAscIdAsc(long cooperativeId, java.time.LocalDate from);

    List<Inspection> findByCooperativeIdAndInspectedOnGreaterThanEqualAndSupersededFalseOrderByInspectedOnDescIdDesc(long cooperativeId,
            java.time.LocalDate from, org.springframework.data.domain.Pageable page);

    List<Inspection> findByWorkOrderIdAndSupersededFalse(long workOrderId);
}
