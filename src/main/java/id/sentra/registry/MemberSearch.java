package id.sentra.registry;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;

/**
 * The member list with its filters, read straight from the tables. An operator searches its own
 * cooperative; buyers and the ministry search active members of every cluster, without internal figures.
 */
@Service
@Transactional(readOnly = true)
public class MemberSearch {

    public static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageOf<MemberRow> search(SentraUser user, MemberFilter filter, int page, int size) {
        var scoped = scope(user, filter);
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(0, page);
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        conditions(scoped, where, params);
        long total = jdbc.sql("select count(*) from member m" + where).params(params).query(Long.class).single();
        params.put("limit", pageSize);
        params.put("offset", pageNumber * pageSize);
        boolean internal = !user.is(Role.BUYER) && !user.is(Role.MINISTRY);
        var rows = jdbc.sql("""
                select m.id, m.cooperative_id, c.name as cooperative_name, m.legal_name, m.nib, m.owner_name,
                       m.kecamatan, m.kabupaten, m.workforce, m.active,
                       (select coalesce(sum(k.amount), 0) from member_capacity k
                         where k.member_id = m.id and k.unit = 'KG_PER_MONTH') as capacity_kg
                from member m join cooperative c on c.id = m.cooperative_id""" + where
                + " order by m.legal_name, m.id limit :limit offset :offset")
                .params(params)
                .query((rs, i) -> new Line(rs.getLong("id"), rs.getLong("cooperative_id"), rs.getString("cooperative_name"),
                        rs.getString("legal_name"), rs.getString("nib"), rs.getString("owner_name"),
                        rs.getString("kecamatan"), rs.getString("kabupaten"), rs.getInt("workforce"),
                        rs.getLong("capacity_kg"), rs.getBoolean("active")))
                .list();
        var ids = rows.stream().map(Line::id).toList();
        var processes = sets(ids, "select member_id, process as v from member_process", Process.class);
        var materials = sets(ids, "select member_id, material as v from member_material", MaterialFamily.class);
        var equipment = sets(ids, "select member_id, kind as v from member_equipment", EquipmentKind.class);
        var items = rows.stream().map(r -> new MemberRow(r.id(), r.cooperativeId(), r.cooperativeName(), r.legalName(),
                r.nib(), internal ? r.ownerName() : null, r.kecamatan(), r.kabupaten(), internal ? r.workforce() : null,
                r.capacityKg(), processes.getOrDefault(r.id(), Set.of()), materials.getOrDefault(r.id(), Set.of()),
                equipment.getOrDefault(r.id(), Set.of()), r.active())).toList();
        return new PageOf<>(items, pageNumber, pageSize, total);
    }

    /** Distinct kabupaten of the members a person may search, for the filter's choices. */
    public List<String> kabupatenChoices(SentraUser user) {
        var scoped = scope(user, MemberFilter.all());
        var where = new StringBuilder(" where 1 = 1");
        var params = new HashMap<String, Object>();
        conditions(scoped, where, params);
        return jdbc.sql("select distinct m.kabupaten from member m" + where + " order by m.kabupaten")
                .params(params).query(String.class).list();
    }

    private static MemberFilter scope(SentraUser user, MemberFilter filter) {
        return switch (user.role()) {
            case ADMIN -> filter;
            case OPERATOR -> filter.withCooperative(user.cooperativeId());
            case BUYER, MINISTRY -> filter.withStatus(MemberFilter.Status.ACTIVE);
            case MEMBER -> throw new AccessDeniedException("Members see their own profile, not the member list");
        };
    }

    private void conditions(MemberFilter f, StringBuilder where, Map<String, Object> params) {
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(m.legal_name) like :text or lower(m.owner_name) like :text"
                    + " or m.nib like :text or lower(m.village) like :text or lower(m.kecamatan) like :text)");
            params.put("text", "%" + f.text().trim().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (f.process() != null) {
            where.append(" and exists (select 1 from member_process p where p.member_id = m.id and p.process = :process)");
            params.put("process", f.process().name());
        }
        if (f.material() != null) {
            where.append(" and exists (select 1 from member_material t where t.member_id = m.id and t.material = :material)");
            params.put("material", f.material().name());
        }
        if (f.equipment() != null) {
            where.append(" and exists (select 1 from member_equipment e where e.member_id = m.id and e.kind = :equipment)");
            params.put("equipment", f.equipment().name());
        }
        if (f.minCapacityKg() != null) {
            where.append(" and (select coalesce(sum(k.amount), 0) from member_capacity k where k.member_id = m.id"
                    + " and k.unit = 'KG_PER_MONTH'" + (f.material() != null ? " and k.material = :material" : "")
                    + ") >= :minCapacity");
            params.put("minCapacity", f.minCapacityKg());
        }
        if (f.kabupaten() != null && !f.kabupaten().isBlank()) {
            where.append(" and m.kabupaten = :kabupaten");
            params.put("kabupaten", f.kabupaten());
        }
        if (f.validCertification() != null) {
            where.append(" and exists (select 1 from member_certification x where x.member_id = m.id"
                    + " and x.kind = :certification and x.valid_until >= :today)");
            params.put("certification", f.validCertification().name());
            params.put("today", Date.valueOf(LocalDate.now(clock)));
        }
        if (f.cooperativeId() != null) {
            where.append(" and m.cooperative_id = :cooperative");
            params.put("cooperative", f.cooperativeId());
        }
        switch (f.status()) {
            case ACTIVE -> where.append(" and m.active = true");
            case INACTIVE -> where.append(" and m.active = false");
            case ALL -> { }
        }
    }

    /** A member's own columns, before its sets of processes, materials and equipment are joined on. */
    private record Line(long id, long cooperativeId, String cooperativeName, String legalName, String nib, String ownerName,
                        String kecamatan, String kabupaten, int workforce, long capacityKg, boolean active) {
    }

    private <E extends Enum<E>> Map<Long, Set<E>> sets(List<Long> ids, String select, Class<E> type) {
        return ids.isEmpty() ? Map.of() : EnumSets.byMember(jdbc.sql(select + " where member_id in (:ids)").param("ids", ids), type);
    }
}
