package id.sentra.registry;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates over active members for the dashboards: of one cooperative for its operator, of all
 * clusters for the ministry and buyers. Aggregates only, never a single member's internal figures.
 */
@Service
@Transactional(readOnly = true)
public class RegistryStatistics {

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistryStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Head counts of one cooperative, or of all when {@code cooperativeId} is null. */
    public Summary summary(@Nullable Long cooperativeId) {
        var today = Date.valueOf(LocalDate.now(clock));
        var soon = Date.valueOf(LocalDate.now(clock).plusDays(90));
        return jdbc.sql("""
                select count(*) as members, coalesce(sum(m.workforce), 0) as workforce,
                  (select coalesce(sum(k.amount), 0) from member_capacity k join member mm on mm.id = k.member_id
                    where mm.active = true and k.unit = 'KG_PER_MONTH' and (:coop is null or mm.cooperative_id = :coop)) as capacity,
                  (select count(*) from member_certification c join member mm on mm.id = c.member_id
                    where mm.active = true and c.valid_until >= :today and c.valid_until < :soon
                      and (:coop is null or mm.cooperative_id = :coop)) as expiring
                from member m where m.active = true and (:coop is null or m.cooperative_id = :coop)""")
                .param("coop", cooperativeId, java.sql.Types.BIGINT)
                .param("today", today)
                .param("soon", soon)
                .query((rs, i) -> new Summary(rs.getLong("members"), rs.getLong("workforce"), rs.getLong("capacity"),
                        rs.getLong("expiring")))
                .single();
    }

    public List<Slice> capacityByMaterial(@Nullable Long cooperativeId) {
        return slices("""
                select k.material as label, sum(k.amount) as amount from member_capacity k join member m on m.id = k.member_id
                where m.active = true and k.unit = 'KG_PER_MONTH' and (:coop is null or m.cooperative_id = :coop)
                group by k.material order by amount desc""", cooperativeId);
    }

    public List<Slice> capacityByKabupaten(@Nullable Long cooperativeId) {
        return slices("""
                select m.kabupaten as label, sum(k.amount) as amount from member_capacity k join member m on m.id = k.member_id
                where m.active = true and k.unit = 'KG_PER_MONTH' and (:coop is null or m.cooperative_id = :coop)
                group by m.kabupaten order by amount desc""", cooperativeId);
    }

    public List<Slice> furnacesByType(@Nullable Long cooperativeId) {
        return slices("""
                select e.furnace_type as label, sum(e.units) as amount from member_equipment e join member m on m.id = e.member_id
                where m.active = true and e.kind = 'FURNACE' and (:coop is null or m.cooperative_id = :coop)
                group by e.furnace_type order by amount desc""", cooperativeId);
    }

    /** Members able to pour each material family, across every cluster: what a buyer can source. */
    public List<Slice> membersByMaterial() {
        return slices("""
                select t.material as label, count(*) as amount from member_material t join member m on m.id = t.member_id
                where m.active = true and (:coop is null or m.cooperative_id = :coop)
                group by t.material order by amount desc""", null);
    }

    /**
     * One line per cluster: the ministry's comparison across clusters. Each member's capacity is summed once and
     * joined by member, not summed again per cluster in a correlated sub-query (395 ms at 30,000 members).
     */
    public List<ClusterFigures> byCluster() {
        return jdbc.sql("""
                select cl.id, cl.name, cl.kabupaten, count(m.id) as members, coalesce(sum(m.workforce), 0) as workforce,
                  coalesce(sum(k.amount), 0) as capacity
                from cluster cl left join cooperative c on c.cluster_id = cl.id
                  left join member m on m.cooperative_id = c.id and m.active = true
                  left join (select member_id, sum(amount) as amount from member_capacity where unit = 'KG_PER_MONTH'
                             group by member_id) k on k.member_id = m.id
                group by cl.id, cl.name, cl.kabupaten order by cl.name""")
                .query((rs, i) -> new ClusterFigures(rs.getLong("id"), rs.getString("name"), rs.getString("kabupaten"),
                        rs.getLong("members"), rs.getLong("workforce"), rs.getLong("capacity")))
                .list();
    }

    private List<Slice> slices(String sql, @Nullable Long cooperativeId) {
        return jdbc.sql(sql).param("coop", cooperativeId, java.sql.Types.BIGINT)
                .query((rs, i) -> new Slice(rs.getString("label"), rs.getLong("amount"))).list();
    }

    /**
     * Workers of each of the given members (active or not: a member that made parts counts for the jobs it held),
     * for aggregates such as the jobs behind import substitution. Served by the member primary key.
     */
    public java.util.Map<Long, Integer> workforce(java.util.Collection<Long> memberIds) {
        var workers = new java.util.HashMap<Long, Integer>();
        if (memberIds.isEmpty()) {
            return workers;
        }
        jdbc.sql("select id, workforce from member where id in (:ids)").param("ids", List.copyOf(memberIds))
                .query((java.sql.ResultSet rs) -> {
                    workers.put(rs.getLong(1), rs.getInt(2));
                });
        return workers;
    }

    public record Summary(long members, long workforce, long capacityKgPerMonth, long certificationsExpiringSoon) {
    }

    /** A label (a material code, a kabupaten) with its amount. */
    public record Slice(String label, long amount) {
    }

    public record ClusterFigures(long id, String name, String kabupaten, long members, long workforce, long capacityKgPerMonth) {
    }
}
