package id.sentra.demand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * One page of the contracts a person may see, chosen in SQL (scope, status, buyer, newest change
 * first) so that only that page's aggregates are loaded — not all 20,000 contracts of the country.
 * The scope is {@link ContractAccess#canView} written as a condition.
 */
@Component
class ContractPages {

    private final JdbcClient jdbc;

    ContractPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of one page, newest change first, and the number of contracts in scope. */
    record Ids(List<Long> ids, long total) {
    }

    Ids page(SentraUser user, ContractFilter filter, int page, int size) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        scope(user, where, params);
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.buyerId() != null) {
            where.add("buyer_id = :filterBuyer");
            params.put("filterBuyer", filter.buyerId());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = query("select count(*) from contract" + condition, params).query(Long.class).single();
        var ids = query("select id from contract" + condition + " order by modified_at desc, id limit :limit offset :offset", params)
                .param("limit", size).param("offset", (long) page * size).query(Long.class).list();
        return new Ids(ids, total);
    }

    /** Up to {@code rows} ids in scope below an id, newest first: the keyset walk of the warnings list. */
    List<Long> idsBelow(SentraUser user, long below, int rows) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        scope(user, where, params);
        where.add("id < :below");
        params.put("below", below);
        return query("select id from contract where " + String.join(" and ", where) + " order by id desc fetch first :rows rows only",
                params).param("rows", rows).query(Long.class).list();
    }

    private JdbcClient.StatementSpec query(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params);
    }

    private static void scope(SentraUser user, List<String> where, Map<String, Object> params) {
        if (user.is(Role.BUYER)) {
            where.add("buyer_id = :buyer");
            params.put("buyer", user.buyerId() == null ? -1L : user.buyerId());
        } else if (user.is(Role.OPERATOR)) {
            where.add("cooperative_id = :cooperative and (status <> 'DRAFT' or on_behalf)");
            params.put("cooperative", user.cooperativeId() == null ? -1L : user.cooperativeId());
        } else if (!user.is(Role.ADMIN)) {
            where.add("1 = 0");
        }
    }
}
