package id.sentra.quality.production;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.quality.ProductionOutput;

/**
 * Lots summed in SQL for {@link ProductionOutput}, joining work orders by key as the trace does. Index path:
 * work_order_contract_idx (contract_id) to the contracts' work orders, lot_work_order_idx (work_order_id) to their
 * lots, and lot_inspection_lot_idx (lot_id) for the rejection test.
 */
@Repository
@Transactional(readOnly = true)
class ProductionOutputQueries implements ProductionOutput {

    private final JdbcClient jdbc;

    ProductionOutputQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Made> madeNotShipped(Collection<Long> contractIds, @Nullable Long cooperativeId, @Nullable LocalDate from,
                                     @Nullable LocalDate until) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        var sql = new StringBuilder("""
                select w.contract_id, w.line_no, w.cooperative_id, w.member_id,
                       extract(year from l.made_on) as y, extract(quarter from l.made_on) as q, sum(l.quantity_made) as pieces
                from work_order w
                join lot l on l.work_order_id = w.id
                where w.contract_id in (:contracts) and w.status <> 'SHIPPED'
                  and not exists (select 1 from lot_inspection i
                                  where i.lot_id = l.id and i.superseded = false and i.standing = 'REJECT')""");
        if (cooperativeId != null) sql.append(" and w.cooperative_id = :coop");
        if (from != null) sql.append(" and l.made_on >= :from");
        if (until != null) sql.append(" and l.made_on < :until");
        sql.append(" group by w.contract_id, w.line_no, w.cooperative_id, w.member_id, extract(year from l.made_on), extract(quarter from l.made_on)");
        var statement = jdbc.sql(sql.toString()).param("contracts", List.copyOf(contractIds));
        if (cooperativeId != null) statement = statement.param("coop", cooperativeId);
        if (from != null) statement = statement.param("from", from);
        if (until != null) statement = statement.param("until", until);
        return statement.query((rs, i) -> new Made(rs.getLong("contract_id"), rs.getInt("line_no"), rs.getLong("cooperative_id"),
                rs.getLong("member_id"), rs.getInt("y"), rs.getInt("q"), rs.getLong("pieces"))).list();
    }
}
