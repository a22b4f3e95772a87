package id.sentra.platform.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.platform.security.AccessMatrixTests.Row;
import id.sentra.platform.security.AccessMatrixTests.Who;
import id.sentra.quality.production.HeatBook;
import id.sentra.quality.production.HeatDraft;

/**
 * The access table's rows for heats, lots, spectrometer import and work-order moves: a heat of the
 * demo member and one of another cooperative's member, and the demo member's first work order.
 * Posts break a rule or send a stale version, so nothing changes.
 */
final class ProductionAccessRows {

    private ProductionAccessRows() {
    }

    static List<Row> rows(HeatBook heats, JdbcClient jdbc, Map<Who, SentraUser> users, long otherCooperativeMember) {
        long ownHeat = heats.record(users.get(Who.MEMBER), null, heat("MATRIX-1"));
        long otherHeat = heats.record(users.get(Who.ADMIN), otherCooperativeMember, heat("MATRIX-2"));
        long order = jdbc.sql("select min(id) from work_order where member_id = :m")
                .param("m", users.get(Who.MEMBER).memberId()).query(Long.class).single();
        var staff = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER);
        var recorders = EnumSet.of(Who.ADMIN, Who.MEMBER);
        var member = EnumSet.of(Who.MEMBER);
        String lots = "/work-orders/" + order;
        var list = new ArrayList<Row>();
        list.add(Row.page("GET", "/heats", "/heats", staff));
        list.add(Row.page("GET", "/heats/new", "/heats/new", member));
        list.add(Row.page("POST", "/heats", "/heats", member));
        list.add(Row.page("GET", "/heats/{id}", "/heats/" + ownHeat, staff));
        list.add(Row.page("GET", "/heats/{id}", "/heats/" + otherHeat, EnumSet.of(Who.ADMIN)));
        list.add(Row.page("GET", "/heats/import", "/heats/import", member));
        list.add(Row.page("POST", "/heats/import/mappings", "/heats/import/mappings", member));
        list.add(Row.page("POST", "/heats/import/preview", "/heats/import/preview", member));
        list.add(Row.page("POST", "/heats/import", "/heats/import", member));
        list.add(Row.page("GET", "/work-orders/{id}/lots", lots + "/lots", staff));
        list.add(Row.page("POST", "/work-orders/{id}/lots", lots + "/lots", recorders));
        list.add(Row.page("POST", "/work-orders/{id}/start", lots + "/start?version=-1", recorders));
        list.add(Row.page("POST", "/work-orders/{id}/inspected", lots + "/inspected?version=-1", staff));
        list.add(Row.page("POST", "/work-orders/{id}/ship", lots + "/ship?version=-1", recorders));
        list.add(Row.api("GET", "/api/v1/heats", "/api/v1/heats", staff));
        list.add(Row.api("GET", "/api/v1/heats/{id}", "/api/v1/heats/" + ownHeat, staff));
        list.add(Row.api("GET", "/api/v1/heats/{id}", "/api/v1/heats/" + otherHeat, EnumSet.of(Who.ADMIN)));
        list.add(Row.api("POST", "/api/v1/heats", "/api/v1/heats", recorders).withBody("{}"));
        list.add(Row.api("GET", "/api/v1/lots", "/api/v1/lots?workOrderId=" + order, staff));
        list.add(Row.api("GET", "/api/v1/lots/{id}", "/api/v1/lots/0", staff));
        list.add(Row.api("POST", "/api/v1/lots", "/api/v1/lots", recorders).withBody("{}"));
        return list;
    }

    private static HeatDraft heat(String number) {
        return new HeatDraft("Kupola 1", LocalDate.of(2027, 1, 4), number, "FC250", Map.of(), null, null, null, List.of());
    }
}
