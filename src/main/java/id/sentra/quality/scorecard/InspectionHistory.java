package id.sentra.quality.scorecard;

import java.time.YearMonth;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sentra.quality.LotInspection;
import id.sentra.quality.LotInspections;

/**
 * Lot inspections within the window. Until lot inspection is built no bean provides them: then there are
 * simply none, and every member has no quality record yet.
 */
@Component
class InspectionHistory {

    private final ObjectProvider<LotInspections> provider;
    private final JdbcClient jdbc;

    InspectionHistory(ObjectProvider<LotInspections> provider, JdbcClient jdbc) {
        this.provider = provider;
        this.jdbc = jdbc;
    }

    List<LotInspection> ofMember(long memberId, YearMonth current) {
        var inspections = provider.getIfAvailable();
        return inspections == null ? List.of() : within(inspections.ofMember(memberId, Window.first(current)), current);
    }

    List<LotInspection> ofCooperative(long cooperativeId, YearMonth current) {
        var inspections = provider.getIfAvailable();
        return inspections == null ? List.of() : within(inspections.ofCooperative(cooperativeId, Window.first(current)), current);
    }

    /** Every cooperative's inspections; none (and no query) while nobody provides inspections. */
    List<LotInspection> all(YearMonth current) {
        var inspections = provider.getIfAvailable();
        if (inspections == null) {
            return List.of();
        }
        return jdbc.sql("select id from cooperative order by id").query(Long.class).list().stream()
                .flatMap(c -> within(inspections.ofCooperative(c, Window.first(current)), current).stream()).toList();
    }

    private static List<LotInspection> within(List<LotInspection> inspections, YearMonth current) {
        return inspections.stream().filter(i -> Window.contains(current, i.inspectedOn())).toList();
    }
}
