package id.sentra.quality.spec;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All product specifications, loaded whole with their revisions. */
interface ProductSpecs extends ListCrudRepository<ProductSpec, Long> {

    List<ProductSpec> findByCooperativeId(long cooperativeId);

    List<ProductSpec> findByBuyerId(long buyerId);

    Slice<ProductSpec> findAllByOrderByPartNumberAscIdAsc(Pageable page);

    Slice<ProductSpec> findByCooperativeIdOrderByPartNumberAscIdAsc(long cooperativeId, Pageable page);

    Slice<ProductSpec> findByBuyerIdOrderByPartNumberAscIdAsc(long buyerId, Pageable page);

    /** Keyset pages by (part number, id) after a key, on the indexes of V18; the first page starts after ('', 0). */
    @Query("""
            select id from product_spec where (part_number, id) > (:part, :id)
            order by part_number, id fetch first :rows rows only""")
    List<Long> keysAfter(String part, long id, int rows);

    @Query("""
            select id from product_spec where cooperative_id = :cooperative and (part_number, id) > (:part, :id)
            order by part_number, id fetch first :rows rows only""")
    List<Long> keysOfCooperativeAfter(long cooperative, String part, long id, int rows);

    @Query("""
            select id from product_spec where buyer_id = :buyer and (part_number, id) > (:part, :id)
            order by part_number, id fetch first :rows rows only""")
    List<Long> keysOfBuyerAfter(long buyer, String part, long id, int rows);

    List<ProductSpec> findByCooperativeIdAndPartNumber(long cooperativeId, String partNumber);
}
