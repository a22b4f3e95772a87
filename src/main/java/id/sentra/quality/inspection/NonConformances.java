package id.sentra.quality.inspection;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All non-conformance reports. */
interface NonConformances extends ListCrudRepository<NonConformance, Long> {

    List<NonConformance> findByMemberIdOrderByIdDesc(long memberId);

    List<NonConformance> findByCooperativeIdOrderByIdDesc(long cooperativeId);

    List<NonConformance> findAllByOrderByIdDesc();

    Slice<NonConformance> findByMemberIdOrderByIdDesc(long memberId, Pageable page);

    Slice<NonConformance> findByCooperativeIdOrderByIdDesc(long cooperativeId, Pageable page);

    Slice<NonConformance> findAllByOrderByIdDesc(Pageable page);

    /** Keyset pages, newest first, below an id (the first page below Long.MAX_VALUE), on the indexes of V18. */
    @Query("select id from ncr where id < :below order by id desc fetch first :rows rows only")
    List<Long> keysBelow(long below, int rows);

    @Query("select id from ncr where member_id = :member and id < :below order by id desc fetch first :rows rows only")
    List<Long> keysOfMemberBelow(long member, long below, int rows);

    @Query("select id from ncr where cooperative_id = :cooperative and id < :below order by id desc fetch first :rows rows only")
    List<Long> keysOfCooperativeBelow(long cooperative, long below, int rows);
}
