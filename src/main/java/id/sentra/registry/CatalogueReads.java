package id.sentra.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind the kept member catalogue: every member, or only some, in six set-based queries; which members
 * were saved since a moment (their modification time, indexed by V19, with their version) together with a fingerprint
 * of the cooperatives' and clusters' versions, whose names every entry carries; and the members' order by name as the
 * database sorts it, so that the member list pages in the same order it always did.
 */
@Component
class CatalogueReads {

    private final JdbcClient jdbc;

    CatalogueReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What one look at the database finds: the members saved since a moment (id to version) and the names' fingerprint. */
    record Look(Map<Long, Integer> saved, long names) {
    }

    /**
     * Member id to version of the members modified at or after {@code since}, with {@link #namesFingerprint()}, in one
     * statement: every use of the catalogue looks, so the look is one round trip, not two.
     */
    Look look(Instant since) {
        var versions = new HashMap<Long, Integer>();
        long[] names = new long[1];
        jdbc.sql("""
                select f.names, m.id, m.version
                from (select (select count(*) + coalesce(sum(version), 0) from cooperative) * 1000003
                           + (select count(*) + coalesce(sum(version), 0) from cluster) as names) f
                left join member m on m.modified_at >= :since""")
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query(rs -> {
                    names[0] = rs.getLong(1);
                    long id = rs.getLong(2);
                    if (!rs.wasNull()) {
                        versions.put(id, rs.getInt(3));
                    }
                });
        return new Look(versions, names[0]);
    }

    /** Changes whenever a cooperative or cluster is added or saved (renamed, moved): a few hundred rows at national scale. */
    long namesFingerprint() {
        return jdbc.sql("""
                select (select count(*) + coalesce(sum(version), 0) from cooperative) * 1000003
                     + (select count(*) + coalesce(sum(version), 0) from cluster)""").query(Long.class).single();
    }

    /** Member ids in the order of {@code order by legal_name, id} (an index-only scan of V17's index). */
    List<Long> nameOrder() {
        return jdbc.sql("select id from member order by legal_name, id").query(Long.class).list();
    }

    /** Distinct kabupaten in the database's order, for the member list's filter. */
    List<String> kabupatenOrder() {
        return jdbc.sql("select distinct kabupaten from member order by kabupaten").query(String.class).list();
    }

    /** The entries of the given members, or of every member when {@code ids} is null. */
    List<CatalogueEntry> entries(@Nullable Collection<Long> ids) {
        String where = ids == null ? "" : " where x.member_id in (:ids)";
        var processes = enumSets("select x.member_id, x.process as v from member_process x" + where, ids, Process.class);
        var materials = enumSets("select x.member_id, x.material as v from member_material x" + where, ids, MaterialFamily.class);
        var equipment = enumSets("select x.member_id, x.kind as v from member_equipment x" + where, ids, EquipmentKind.class);
        var certifications = new HashMap<Long, List<Certification>>();
        bind(jdbc.sql("select x.member_id, x.kind, x.reference, x.issuer, x.valid_until from member_certification x" + where), ids)
                .query(rs -> {
                    certifications.computeIfAbsent(rs.getLong("member_id"), k -> new ArrayList<>())
                            .add(new Certification(CertificationKind.valueOf(rs.getString("kind")), rs.getString("reference"),
                                    rs.getString("issuer"), rs.getDate("valid_until").toLocalDate()));
                });
        var capacity = new HashMap<Long, Map<MaterialFamily, Long>>();
        var totals = new HashMap<Long, Long>();
        bind(jdbc.sql("select x.member_id, x.material, sum(x.amount) as kg from member_capacity x"
                + (ids == null ? " where" : where + " and") + " x.unit = 'KG_PER_MONTH' group by x.member_id, x.material"), ids)
                .query(rs -> {
                    long member = rs.getLong("member_id");
                    totals.merge(member, rs.getLong("kg"), Long::sum);
                    if (rs.getString("material") != null) {
                        capacity.computeIfAbsent(member, k -> new EnumMap<>(MaterialFamily.class))
                                .put(MaterialFamily.valueOf(rs.getString("material")), rs.getLong("kg"));
                    }
                });
        return bind(jdbc.sql("""
                select m.id, m.legal_name, m.cooperative_id, c.name as cooperative_name, cl.name as cluster_name, m.kabupaten,
                       m.latitude, m.longitude, m.nib, m.owner_name, m.village, m.kecamatan, m.workforce, m.active, m.version
                from member m join cooperative c on c.id = m.cooperative_id join cluster cl on cl.id = c.cluster_id"""
                + (ids == null ? "" : " where m.id in (:ids)")), ids)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    var location = rs.getObject("latitude") == null ? null : new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude"));
                    var capability = new Capability(id, rs.getString("legal_name"), rs.getLong("cooperative_id"),
                            rs.getString("cooperative_name"), rs.getString("cluster_name"), rs.getString("kabupaten"), location,
                            processes.getOrDefault(id, Set.of()), materials.getOrDefault(id, Set.of()),
                            equipment.getOrDefault(id, Set.of()), List.copyOf(certifications.getOrDefault(id, List.of())),
                            capacity.getOrDefault(id, Map.of()));
                    return CatalogueEntry.of(capability, rs.getString("nib"), rs.getString("owner_name"), rs.getString("village"),
                            rs.getString("kecamatan"), rs.getInt("workforce"), totals.getOrDefault(id, 0L), rs.getBoolean("active"),
                            rs.getInt("version"));
                })
                .list();
    }

    private <E extends Enum<E>> Map<Long, Set<E>> enumSets(String sql, @Nullable Collection<Long> ids, Class<E> type) {
        return EnumSets.byMember(bind(jdbc.sql(sql), ids), type);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, @Nullable Collection<Long> ids) {
        return ids == null ? statement : statement.param("ids", List.copyOf(ids));
    }
}
