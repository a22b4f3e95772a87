package id.sentra.quality.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.platform.CursorPage;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.CarbonEquivalent;
import id.sentra.quality.ChargeLine;
import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.quality.Element;
import id.sentra.quality.HeatRecord;
import id.sentra.quality.SpecimenKind;

/**
 * The heats API's list, one bounded page at a time, newest first, in three statements however long the page:
 * the heats from their (melted_on, id) key onwards on the indexes of V18, then their readings and their charges.
 */
@Component
class HeatListing {

    private final JdbcClient jdbc;

    HeatListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    CursorPage<HeatRecord> page(SentraUser user, int limit, @Nullable String cursor) {
        ProductionAccess.requireReader(user);
        var scope = switch (user.role()) {
            case MEMBER -> "member_id = :scope";
            case OPERATOR -> "cooperative_id = :scope";
            default -> "1 = 1";
        };
        Long scopeId = switch (user.role()) {
            case MEMBER -> Objects.requireNonNull(user.memberId());
            case OPERATOR -> Objects.requireNonNull(user.cooperativeId());
            default -> null;
        };
        var after = cursor == null ? null : Key.of(cursor);
        var statement = jdbc.sql("""
                        select id, cooperative_id, member_id, heat_number, melted_on, furnace, grade_code, analysed_on,
                               tensile_mpa, hardness_hb, specimen, version
                        from heat where %s %s
                        order by melted_on desc, id desc fetch first :rows rows only"""
                        .formatted(scope, after == null ? "" : "and (melted_on, id) < (:day, :id)"))
                .param("rows", limit + 1);
        if (scopeId != null) {
            statement = statement.param("scope", scopeId);
        }
        if (after != null) {
            statement = statement.param("day", after.day()).param("id", after.id());
        }
        var rows = statement.query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("cooperative_id"), rs.getLong("member_id"),
                rs.getString("heat_number"), rs.getObject("melted_on", LocalDate.class), rs.getString("furnace"),
                rs.getString("grade_code"), rs.getObject("analysed_on", LocalDate.class),
                (Integer) rs.getObject("tensile_mpa"), (Integer) rs.getObject("hardness_hb"), rs.getString("specimen"),
                rs.getInt("version"))).list();
        var page = CursorPage.of(rows, limit, row -> row.meltedOn() + "_" + row.id());
        return new CursorPage<>(records(page.items()), page.next());
    }

    private List<HeatRecord> records(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toList();
        var readings = new HashMap<Long, Map<Element, BigDecimal>>();
        jdbc.sql("select heat_id, element, mass_percent from heat_reading where heat_id in (:ids)").param("ids", ids)
                .query(rs -> {
                    readings.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Element.class))
                            .put(Element.valueOf(rs.getString(2)), rs.getBigDecimal(3));
                });
        var charges = new HashMap<Long, List<ChargeLine>>();
        jdbc.sql("""
                        select heat_id, material, weight_kg, origin, supplier, purchase_reference from heat_charge
                        where heat_id in (:ids) order by heat_id, heat_key""").param("ids", ids)
                .query(rs -> {
                    charges.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new ChargeLine(
                            ChargeMaterial.valueOf(rs.getString(2)), rs.getBigDecimal(3), ChargeOrigin.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getString(6)));
                });
        return rows.stream().map(row -> {
            var chemistry = readings.getOrDefault(row.id(), new EnumMap<>(Element.class));
            return new HeatRecord(row.id(), row.cooperativeId(), row.memberId(), row.heatNumber(), row.meltedOn(), row.furnace(),
                    row.gradeCode(), row.analysedOn(), chemistry, CarbonEquivalent.of(chemistry), row.tensileMpa(),
                    row.hardnessHb(), row.specimen() == null ? null : SpecimenKind.valueOf(row.specimen()),
                    List.copyOf(charges.getOrDefault(row.id(), List.of())), row.version());
        }).toList();
    }

    private record Row(long id, long cooperativeId, long memberId, String heatNumber, LocalDate meltedOn, String furnace,
                       String gradeCode, @Nullable LocalDate analysedOn, @Nullable Integer tensileMpa,
                       @Nullable Integer hardnessHb, @Nullable String specimen, int version) {
    }

    /** A cursor's key: the last heat's day and id. */
    private record Key(LocalDate day, long id) {
        static Key of(String cursor) {
            String key = CursorPage.key(cursor);
            int cut = key.indexOf('_');
            try {
                return new Key(LocalDate.parse(key.substring(0, cut)), Long.parseLong(key.substring(cut + 1)));
            } catch (RuntimeException e) {
                throw CursorPage.invalidCursor();
            }
        }
    }
}
