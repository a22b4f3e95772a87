package id.sentra.quality.production;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All members' heats. */
interface Heats extends ListCrudRepository<Heat, Long> {

    List<Heat> findByMemberIdOrderByMeltedOnDescIdDesc(long memberId);

    List<Heat> findByCooperativeIdOrderByMeltedOnDescIdDesc(long cooperativeId);

    List<Heat> findAllByOrderByMeltedOnDescIdDesc();

    Optional<Heat> findByMemberIdAndHeatNumber(long memberId, String heatNumber);

    boolean existsByMemberIdAndHeatNumber(long memberId, String heatNumber);
}
