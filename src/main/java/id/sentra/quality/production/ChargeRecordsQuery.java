package id.sentra.quality.production;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.ChargeRecords;
import id.sentra.quality.ChargeUse;

/** Charge lines of one member's heats in a period, in one indexed query (heat by member and day). */
@Component
class ChargeRecordsQuery implements ChargeRecords {

    private final JdbcClient jdbc;

    ChargeRecordsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChargeUse> charges(long memberId, Set<ChargeMaterial> materials, LocalDate from, LocalDate to) {
        if (materials.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        return jdbc.sql("""
                        select h.id, h.heat_number, h.melted_on, h.grade_code, c.material, c.weight_kg, c.origin,
                               c.supplier, c.purchase_reference
                        from heat h join heat_charge c on c.heat_id = h.id
                        where h.member_id = :member and h.melted_on between :from and :to and c.material in (:materials)
                        order by h.melted_on, h.heat_number, c.heat_key""")
                .param("member", memberId).param("from", from).param("to", to)
                .param("materials", materials.stream().map(Enum::name).toList())
                .query((rs, n) -> new ChargeUse(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                        ChargeMaterial.valueOf(rs.getString(5)), rs.getBigDecimal(6), ChargeOrigin.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getString(9)))
                .list();
    }
}
