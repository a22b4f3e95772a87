package id.sentra.allocation;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sentra.registry.MaterialFamily;

/** Kilograms a member's published work orders already take, per month and material, leaving out one contract's own. */
@Component
class ExistingLoad {

    private final JdbcClient jdbc;

    ExistingLoad(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Map<YearMonth, Map<MaterialFamily, Long>>> byMember(@Nullable Long cooperativeId, long exceptContract) {
        var load = new HashMap<Long, Map<YearMonth, Map<MaterialFamily, Long>>>();
        jdbc.sql("""
                select member_id, period, material, sum(cast(pieces as bigint) * grams_per_piece) / 1000 as kg from work_order
                where cooperative_id = :coop and contract_id <> :contract group by member_id, period, material""")
                .param("coop", cooperativeId, java.sql.Types.BIGINT)
                .param("contract", exceptContract)
                .query(rs -> {
                    load.computeIfAbsent(rs.getLong("member_id"), k -> new HashMap<>())
                            .computeIfAbsent(YearMonth.from(rs.getDate("period").toLocalDate()), k -> new EnumMap<>(MaterialFamily.class))
                            .put(MaterialFamily.valueOf(rs.getString("material")), rs.getLong("kg"));
                });
        return load;
    }
}
