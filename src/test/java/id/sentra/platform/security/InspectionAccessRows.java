package id.sentra.platform.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.platform.security.AccessMatrixTests.Row;
import id.sentra.platform.security.AccessMatrixTests.Who;

/**
 * The access table's rows for lot inspection and NCRs. Paths name a lot that does not exist (0) or send bodies that
 * break a rule, so allowed roles get 404/400 and nothing changes; the role checks run before the lookup.
 */
final class InspectionAccessRows {

    private InspectionAccessRows() {
    }

    static List<Row> rows(JdbcClient jdbc, Map<Who, SentraUser> users) {
        var staff = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER);
        var readers = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER, Who.BUYER);
        var overriders = EnumSet.of(Who.ADMIN, Who.OPERATOR);
        var list = new ArrayList<Row>();
        list.add(Row.page("GET", "/lots/{id}/inspection", "/lots/0/inspection", readers));
        list.add(Row.page("POST", "/lots/{id}/inspection", "/lots/0/inspection", staff));
        list.add(Row.page("POST", "/lots/{id}/inspection/override", "/lots/0/inspection/override?version=-1", overriders));
        list.add(Row.page("POST", "/lots/{id}/inspection/reduced-approval", "/lots/0/inspection/reduced-approval?version=-1", overriders));
        list.add(Row.page("POST", "/lots/{id}/inspection/resume", "/lots/0/inspection/resume?version=-1", overriders));
        list.add(Row.page("POST", "/lots/{id}/ncr", "/lots/0/ncr", staff));
        list.add(Row.page("GET", "/ncrs", "/ncrs", staff));
        list.add(Row.page("GET", "/ncrs/new", "/ncrs/new", staff));
        list.add(Row.page("POST", "/ncrs", "/ncrs", staff));
        list.add(Row.page("GET", "/ncrs/{id}", "/ncrs/0", staff));
        list.add(Row.page("POST", "/ncrs/{id}", "/ncrs/0?version=-1", staff));
        list.add(Row.api("GET", "/api/v1/lots/{id}/inspection", "/api/v1/lots/0/inspection", readers));
        list.add(Row.api("POST", "/api/v1/lots/{id}/inspection", "/api/v1/lots/0/inspection", staff).withBody("{}"));
        list.add(Row.api("POST", "/api/v1/lots/{id}/inspection/override", "/api/v1/lots/0/inspection/override", overriders).withBody("{}"));
        list.add(Row.api("GET", "/api/v1/ncrs", "/api/v1/ncrs", staff));
        list.add(Row.api("POST", "/api/v1/ncrs", "/api/v1/ncrs", staff).withBody("{}"));
        list.add(Row.api("GET", "/api/v1/ncrs/{id}", "/api/v1/ncrs/0", staff));
        list.add(Row.api("PUT", "/api/v1/ncrs/{id}", "/api/v1/ncrs/0", staff).withBody("{}"));
        return list;
    }
}
