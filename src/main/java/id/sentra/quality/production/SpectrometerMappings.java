package id.sentra.quality.production;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Members' spectrometer column mappings. */
interface SpectrometerMappings extends ListCrudRepository<SpectrometerMapping, Long> {

    List<SpectrometerMapping> findByMemberIdOrderByInstrument(long memberId);

    Optional<SpectrometerMapping> findByMemberIdAndInstrument(long memberId, String instrument);
}
