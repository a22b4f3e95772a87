package id.sentra.quality.spec;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.repository.ListCrudRepository;

/** All product specifications, loaded whole with their revisions. */
interface ProductSpecs extends ListCrudRepository<ProductSpec, Long> {

    List<ProductSpec> findByCooperativeId(long cooperativeId);

    List<ProductSpec> findByBuyerId(long buyerId);

    Slice<ProductSpec> findAllByOrderByPartNumberAscIdAsc(Pageable page);

    Slice<ProductSpec> findByCooperativeIdOrderByPartNumberAscIdAsc(long cooperativeId, Pageable page);

    Slice<ProductSpec> findByBuyerIdOrderByPartNumberAscIdAsc(long buyerId, Pageable page);

    List<ProductSpec> findByCooperativeIdAndPartNumber(long cooperativeId, String partNumber);
}
