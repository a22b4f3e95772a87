package id.sentra.registry;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names of buyers and members by id: public facts any page may show beside a record that refers to them. */
@Service
@Transactional(readOnly = true)
public class RegistryNames {

    private final JdbcClient jdbc;

    RegistryNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, String> buyers(Collection<Long> ids) {
        return names("select id, name as label from buyer where id in (:ids)", ids);
    }

    public Map<Long, String> members(Collection<Long> ids) {
        return names("select id, legal_name as label from member where id in (:ids)", ids);
    }

    private Map<Long, String> names(String sql, Collection<Long> ids) {
        var names = new HashMap<Long, String>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids).query(rs -> {
                names.put(rs.getLong("id"), rs.getString("label"));
            });
        }
        return names;
    }
}
