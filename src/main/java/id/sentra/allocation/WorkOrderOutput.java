package id.sentra.allocation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pieces shipped on work orders, summed in SQL per contract line, member and quarter of the shipping day, for
 * figures across clusters (import substitution). Not scoped by person: the caller shows aggregates only.
 */
@Service
@Transactional(readOnly = true)
public class WorkOrderOutput {

    /** Pieces one member shipped on one contract line in one quarter. */
    public record Shipped(long contractId, int lineNo, long cooperativeId, long memberId, int year, int quarter, long pieces) {
    }

    /** One member's work orders on one contract line: their pieces, and those pieces at the work orders' own prices. */
    public record Allocated(long memberId, int lineNo, long pieces, java.math.BigDecimal valueAtOwnPrices) {
    }

    private final JdbcClient jdbc;

    WorkOrderOutput(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The pieces of every work order of a contract (whatever its status) summed per member and line, in that order:
     * one grouped read through work_order_contract_idx where loading each work order cost a contract page more
     * than the rest of its data.
     */
    public List<Allocated> allocated(long contractId) {
        return jdbc.sql("""
                select member_id, line_no, sum(pieces) as pieces, sum(cast(pieces as bigint) * unit_price) as at_own_prices
                from work_order where contract_id = :contract group by member_id, line_no order by member_id, line_no""")
                .param("contract", contractId)
                .query((rs, i) -> new Allocated(rs.getLong("member_id"), rs.getInt("line_no"), rs.getLong("pieces"),
                        rs.getBigDecimal("at_own_prices")))
                .list();
    }

    /**
     * Shipped pieces of the given contracts' work orders, shipped in [from, until) when given. Served by
     * work_order_contract_idx (contract_id): the contracts are few against the work orders (one per member,
     * line and month), so the index narrows first and the rest is a filter on those rows.
     */
    public List<Shipped> shipped(Collection<Long> contractIds, @Nullable Long cooperativeId, @Nullable LocalDate from,
                                 @Nullable LocalDate until) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        var sql = new StringBuilder("""
                select contract_id, line_no, cooperative_id, member_id,
                       extract(year from shipped_on) as y, extract(quarter from shipped_on) as q, sum(pieces) as pieces
                from work_order
                where contract_id in (:contracts) and status = 'SHIPPED' and shipped_on is not null""");
        if (cooperativeId != null) sql.append(" and cooperative_id = :coop");
        if (from != null) sql.append(" and shipped_on >= :from");
        if (until != null) sql.append(" and shipped_on < :until");
        sql.append(" group by contract_id, line_no, cooperative_id, member_id, extract(year from shipped_on), extract(quarter from shipped_on)");
        var statement = jdbc.sql(sql.toString()).param("contracts", List.copyOf(contractIds));
        if (cooperativeId != null) statement = statement.param("coop", cooperativeId);
        if (from != null) statement = statement.param("from", from);
        if (until != null) statement = statement.param("until", until);
        return statement.query((rs, i) -> new Shipped(rs.getLong("contract_id"), rs.getInt("line_no"), rs.getLong("cooperative_id"),
                rs.getLong("member_id"), rs.getInt("y"), rs.getInt("q"), rs.getLong("pieces"))).list();
    }
}
