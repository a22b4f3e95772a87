package id.sentra.allocation;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.registry.MaterialFamily;

/**
 * What each member charges the cooperative per kilogram of a material family. Internal to the
 * cooperative: a member never sees another member's price, a buyer sees none.
 */
@Service
public class MemberPrices {

    private final JdbcClient jdbc;

    MemberPrices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Member id to rupiah per kilogram, for one material family. */
    @Transactional(readOnly = true)
    public Map<Long, Long> perKg(MaterialFamily material) {
        var prices = new HashMap<Long, Long>();
        jdbc.sql("select member_id, rupiah_per_kg from member_price where material = :material")
                .param("material", material.name())
                .query(rs -> {
                    prices.put(rs.getLong("member_id"), rs.getLong("rupiah_per_kg"));
                });
        return prices;
    }

    @Transactional
    public void set(long memberId, MaterialFamily material, long rupiahPerKg) {
        if (rupiahPerKg < 1) {
            throw new IllegalArgumentException("A price is at least one rupiah per kilogram");
        }
        int updated = jdbc.sql("update member_price set rupiah_per_kg = :price where member_id = :member and material = :material")
                .param("price", rupiahPerKg).param("member", memberId).param("material", material.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into member_price (member_id, material, rupiah_per_kg) values (:member, :material, :price)")
                    .param("price", rupiahPerKg).param("member", memberId).param("material", material.name()).update();
        }
    }
}
