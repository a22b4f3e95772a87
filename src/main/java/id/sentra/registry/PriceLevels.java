package id.sentra.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every member's price as a level against the median of its material, kept: read whole once, then each use reads
 * only the prices changed since the last look (their modification time, V19) and works out again the levels of
 * the materials they belong to. A ranking over all clusters no longer reads tens of thousands of prices.
 */
@Component
class PriceLevels {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<MaterialFamily, Map<Long, Long>> prices = new EnumMap<>(MaterialFamily.class);
    private final Map<MaterialFamily, Map<Long, Double>> levels = new EnumMap<>(MaterialFamily.class);
    private @Nullable Instant asOf;
    /** {@link System#nanoTime()} when the last look at the database began. */
    private long checkedAt;

    PriceLevels(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Member id to its price divided by the median price of all priced members for the material, as of a look at
     * the database that began after this call did: callers that queued behind a look share the next one.
     */
    Map<Long, Double> of(MaterialFamily material) {
        long arrived = System.nanoTime();
        if (Transactions.mayRollBack()) {
            // Prices this transaction changed are not kept for others before it commits.
            return relative(read(" where material = :material", null, material).getOrDefault(material, Map.of()));
        }
        synchronized (this) {
            if (asOf == null || checkedAt - arrived <= 0) {
                long started = System.nanoTime();
                refresh();
                checkedAt = started;
            }
            return levels.computeIfAbsent(material, f -> relative(prices.getOrDefault(f, Map.of())));
        }
    }

    private void refresh() {
        Instant now = clock.instant();
        var changed = asOf == null ? read("", null, null) : read(" where modified_at >= :since", asOf.minus(MemberCatalogue.OVERLAP), null);
        if (asOf == null) {
            prices.clear();
            levels.clear();
        }
        changed.forEach((family, byMember) -> {
            var kept = prices.computeIfAbsent(family, f -> new HashMap<>());
            if (!kept.entrySet().containsAll(byMember.entrySet())) {
                kept.putAll(byMember);
                levels.remove(family);
            }
        });
        asOf = now;
    }

    private Map<MaterialFamily, Map<Long, Long>> read(String where, @Nullable Instant since, @Nullable MaterialFamily material) {
        var read = new EnumMap<MaterialFamily, Map<Long, Long>>(MaterialFamily.class);
        var statement = jdbc.sql("select member_id, material, rupiah_per_kg from member_price" + where);
        if (since != null) {
            statement = statement.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        if (material != null) {
            statement = statement.param("material", material.name());
        }
        statement.query(rs -> {
            read.computeIfAbsent(MaterialFamily.valueOf(rs.getString("material")), f -> new HashMap<>())
                    .put(rs.getLong("member_id"), rs.getLong("rupiah_per_kg"));
        });
        return read;
    }

    private static Map<Long, Double> relative(Map<Long, Long> prices) {
        if (prices.isEmpty()) {
            return Map.of();
        }
        var sorted = prices.values().stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        var levels = new HashMap<Long, Double>();
        prices.forEach((member, price) -> levels.put(member, price / median));
        return Map.copyOf(levels);
    }
}
