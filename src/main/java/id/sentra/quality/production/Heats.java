package id.sentra.quality.production;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.repository.ListCrudRepository;

/** All members' heats. */
interface Heats extends ListCrudRepository<Heat, Long> {

    List<Heat> findByMemberIdOrderByMeltedOnDescIdDesc(long memberId);

    List<Heat> findByCooperativeIdOrderByMeltedOnDescIdDesc(long cooperativeId);

    List<Heat> findAllByOrderByMeltedOnDescIdDesc();

    Slice<Heat> findByMemberIdOrderByMeltedOnDescIdDesc(long memberId, Pageable page);

    Slice<Heat> findByCooperativeIdOrderByMeltedOnDescIdDesc(long cooperativeId, Pageable page);

    Slice<Heat> findAllByOrderByMeltedOnDescIdDesc(Pageable page);

    List<Heat> findByMemberIdAndMeltedOnGreaterThanEqualOrderByMeltedOnDescIdDesc(long memberId, java.time.LocalDate from);

    List<Heat> findByCooperativeIdAndMeltedOnGreaterThanEqualOrderByMeltedOnDescIdDesc(long cooperativeId, java.time.LocalDate from, Pageable page);

    Optional<Heat> findByMemberIdAndHeatNumber(long memberId, String heatNumber);

    boolean existsByMemberIdAndHeatNumber(long memberId, String heatNumber);
}
