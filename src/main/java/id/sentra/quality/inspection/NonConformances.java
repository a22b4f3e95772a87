package id.sentra.quality.inspection;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.repository.ListCrudRepository;

/** All non-conformance reports. */
interface NonConformances extends ListCrudRepository<NonConformance, Long> {

    List<NonConformance> findByMemberIdOrderByIdDesc(long memberId);

    List<NonConformance> findByCooperativeIdOrderByIdDesc(long cooperativeId);

    List<NonConformance> findAllByOrderByIdDesc();

    Slice<NonConformance> findByMemberIdOrderByIdDesc(long memberId, Pageable page);

    Slice<NonConformance> findByCooperativeIdOrderByIdDesc(long cooperativeId, Pageable page);

    Slice<NonConformance> findAllByOrderByIdDesc(Pageable page);
}
