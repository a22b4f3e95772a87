package id.sentra.quality.spec;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** All product specifications, loaded whole with their revisions. */
interface ProductSpecs extends ListCrudRepository<ProductSpec, Long> {

    List<ProductSpec> findByCooperativeId(long cooperativeId);

    List<ProductSpec> findByBuyerId(long buyerId);

    List<ProductSpec> findByCooperativeIdAndPartNumber(long cooperativeId, String partNumber);
}
