package id.sentra.registry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capability of every active member, read in a few set-based queries rather than one
 * aggregate at a time, for the modules that rank or allocate over many members at once.
 */
@Service
@Transactional(readOnly = true)
public class CapabilityCatalog {

    private final JdbcClient jdbc;

    CapabilityCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active members of one cooperative, or of all clusters when {@code cooperativeId} is null. */
    public List<Capability> active(@Nullable Long cooperativeId) {
        var scope = " m.active = true and (:coop is null or m.cooperative_id = :coop)";
        var members = jdbc.sql("""
                select m.id, m.legal_name, m.cooperative_id, c.name as cooperative_name, cl.name as cluster_name,
                       m.kabupaten, m.latitude, m.longitude
                from member m join cooperative c on c.id = m.cooperative_id join cluster cl on cl.id = c.cluster_id
                where""" + scope + " order by m.id")
                .param("coop", cooperativeId, java.sql.Types.BIGINT)
                .query((rs, i) -> new Base(rs.getLong("id"), rs.getString("legal_name"), rs.getLong("cooperative_id"),
                        rs.getString("cooperative_name"), rs.getString("cluster_name"), rs.getString("kabupaten"),
                        rs.getObject("latitude") == null ? null : new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude"))))
                .list();
        var processes = enumSets("select p.member_id, p.process as v from member_process p join member m on m.id = p.member_id where" + scope, cooperativeId, Process.class);
        var materials = enumSets("select t.member_id, t.material as v from member_material t join member m on m.id = t.member_id where" + scope, cooperativeId, MaterialFamily.class);
        var equipment = enumSets("select e.member_id, e.kind as v from member_equipment e join member m on m.id = e.member_id where" + scope, cooperativeId, EquipmentKind.class);
        var certifications = new HashMap<Long, List<Certification>>();
        jdbc.sql("select x.member_id, x.kind, x.reference, x.issuer, x.valid_until from member_certification x"
                        + " join member m on m.id = x.member_id where" + scope)
                .param("coop", cooperativeId, java.sql.Types.BIGINT)
                .query(rs -> {
                    certifications.computeIfAbsent(rs.getLong("member_id"), k -> new ArrayList<>())
                            .add(new Certification(CertificationKind.valueOf(rs.getString("kind")), rs.getString("reference"),
                                    rs.getString("issuer"), rs.getDate("valid_until").toLocalDate()));
                });
        var capacity = new HashMap<Long, Map<MaterialFamily, Long>>();
        jdbc.sql("select k.member_id, k.material, sum(k.amount) as kg from member_capacity k join member m on m.id = k.member_id"
                        + " where k.unit = 'KG_PER_MONTH' and k.material is not null and" + scope + " group by k.member_id, k.material")
                .param("coop", cooperativeId, java.sql.Types.BIGINT)
                .query(rs -> {
                    capacity.computeIfAbsent(rs.getLong("member_id"), k -> new EnumMap<>(MaterialFamily.class))
                            .put(MaterialFamily.valueOf(rs.getString("material")), rs.getLong("kg"));
                });
        return members.stream().map(b -> new Capability(b.id(), b.name(), b.cooperativeId(), b.cooperativeName(),
                b.clusterName(), b.kabupaten(), b.location(),
                processes.getOrDefault(b.id(), Set.of()), materials.getOrDefault(b.id(), Set.of()),
                equipment.getOrDefault(b.id(), Set.of()), certifications.getOrDefault(b.id(), List.of()),
                capacity.getOrDefault(b.id(), Map.of()))).toList();
    }

    private <E extends Enum<E>> Map<Long, Set<E>> enumSets(String sql, @Nullable Long cooperativeId, Class<E> type) {
        return EnumSets.byMember(jdbc.sql(sql).param("coop", cooperativeId, java.sql.Types.BIGINT), type);
    }

    private record Base(long id, String name, long cooperativeId, String cooperativeName, String clusterName,
                        String kabupaten, @Nullable GeoPoint location) {
    }
}
