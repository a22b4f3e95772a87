package id.sentra.registry;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads rows of (member_id, v) into each member's set of enum values: processes, materials, machines. */
final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> Map<Long, Set<E>> byMember(JdbcClient.StatementSpec statement, Class<E> type) {
        var result = new HashMap<Long, Set<E>>();
        statement.query(rs -> {
            result.computeIfAbsent(rs.getLong("member_id"), k -> EnumSet.noneOf(type)).add(Enum.valueOf(type, rs.getString("v")));
        });
        return result;
    }
}
