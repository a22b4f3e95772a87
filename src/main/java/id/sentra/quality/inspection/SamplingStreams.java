package id.sentra.quality.inspection;

import java.util.Optional;

import org.springframework.data.relational.repository.Lock;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.repository.ListCrudRepository;

/** Switching states per member and product specification. */
interface SamplingStreams extends ListCrudRepository<SamplingStream, Long> {

    Optional<SamplingStream> findByMemberIdAndSpecId(long memberId, long specId);

    /** Locked, so two lots of one stream inspected at once move it one after the other. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<SamplingStream> findLockedByMemberIdAndSpecId(long memberId, long specId);
}
