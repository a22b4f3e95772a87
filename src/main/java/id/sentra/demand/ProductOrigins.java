package id.sentra.demand;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract lines by prior source, for the ministry's import-substitution figures: which lines make what the buyer
 * used to import, at which contract price. Not scoped by person: the caller decides who sees the aggregates.
 */
@Service
@Transactional(readOnly = true)
public class ProductOrigins {

    /** One priced contract line with its origin; the work orders that make it carry its contract and line number. */
    public record OriginLine(long contractId, int lineNo, long buyerId, long cooperativeId, ProductFamily productFamily,
                             PriorSource priorSource, @Nullable String importedFrom, Rupiah unitPrice) {
    }

    private final JdbcClient jdbc;

    ProductOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Awarded (priced, with a cooperative) lines of one prior source, optionally of one family and cooperative.
     * Served by contract_line_prior_source_idx (prior_source, product_family), then the contract's primary key.
     */
    public List<OriginLine> lines(PriorSource source, @Nullable ProductFamily family, @Nullable Long cooperativeId) {
        var sql = new StringBuilder("""
                select cl.contract_id, cl.line_no, c.buyer_id, c.cooperative_id, cl.product_family, cl.prior_source,
                       cl.prior_country, cl.unit_price
                from contract_line cl join contract c on c.id = cl.contract_id
                where cl.prior_source = :source and cl.unit_price is not null and c.cooperative_id is not null
                  and c.awarded_quote is not null""");
        if (family != null) {
            sql.append(" and cl.product_family = :family");
        }
        if (cooperativeId != null) {
            sql.append(" and c.cooperative_id = :coop");
        }
        var statement = jdbc.sql(sql.append(" order by cl.contract_id, cl.line_no").toString()).param("source", source.name());
        if (family != null) {
            statement = statement.param("family", family.name());
        }
        if (cooperativeId != null) {
            statement = statement.param("coop", cooperativeId);
        }
        return statement.query((rs, i) -> new OriginLine(rs.getLong("contract_id"), rs.getInt("line_no"), rs.getLong("buyer_id"),
                rs.getLong("cooperative_id"), ProductFamily.valueOf(rs.getString("product_family")),
                PriorSource.valueOf(rs.getString("prior_source")), rs.getString("prior_country"),
                new Rupiah(rs.getLong("unit_price")))).list();
    }
}
