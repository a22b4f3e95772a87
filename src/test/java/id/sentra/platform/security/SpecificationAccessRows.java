package id.sentra.platform.security;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.platform.security.AccessMatrixTests.Row;
import id.sentra.platform.security.AccessMatrixTests.Who;
import id.sentra.quality.NewSpecification;
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;
import id.sentra.quality.Specifications;

/**
 * The access table's rows for the specification library: grades for everyone; the demo buyer's brake-block
 * specification (at the operator's and the member's cooperative), another buyer's sleeve specification there, and
 * one at another cooperative. Changes send a stale version or a body that breaks a rule, so nothing is saved.
 */
final class SpecificationAccessRows {

    private SpecificationAccessRows() {
    }

    static void add(List<Row> list, JdbcClient jdbc, Specifications specifications, SentraUser admin) {
        long own = spec(jdbc, "KAI-BR-M-0412");
        long otherBuyers = spec(jdbc, "TMMIN-CS-1NZ-01");
        long otherCooperative = otherCooperativeSpec(jdbc, specifications, admin);
        var everyone = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER, Who.BUYER, Who.MINISTRY);
        var readers = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER, Who.BUYER);
        var writers = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER);
        var supplier = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER);
        String s = "/specifications/";
        list.add(Row.page("GET", "/grades", "/grades", everyone));
        list.add(Row.page("GET", "/grades/{code}", "/grades/FC250", everyone));
        list.add(Row.page("GET", "/specifications", "/specifications", readers));
        list.add(Row.page("GET", "/specifications/new", "/specifications/new", writers));
        list.add(Row.page("POST", "/specifications", "/specifications", writers));
        list.add(Row.page("GET", "/specifications/{id}", s + own, readers));
        list.add(Row.page("GET", "/specifications/{id}", s + otherBuyers, supplier));
        list.add(Row.page("GET", "/specifications/{id}", s + otherCooperative, EnumSet.of(Who.ADMIN)));
        list.add(Row.page("GET", "/specifications/{id}/revise", s + own + "/revise", writers));
        list.add(Row.page("GET", "/specifications/{id}/revise", s + otherBuyers + "/revise", EnumSet.of(Who.ADMIN, Who.OPERATOR)));
        list.add(Row.page("POST", "/specifications/{id}/revisions", s + own + "/revisions?version=-1", writers));
        list.add(Row.page("POST", "/specifications/{id}/revisions", s + otherBuyers + "/revisions?version=-1", EnumSet.of(Who.ADMIN, Who.OPERATOR)));
        String api = "/api/v1/specifications";
        list.add(Row.api("GET", "/api/v1/grades", "/api/v1/grades", everyone));
        list.add(Row.api("GET", "/api/v1/grades/{code}", "/api/v1/grades/EN-GJS-400-15", everyone));
        list.add(Row.api("GET", "/api/v1/grades/{code}/tensile-minimum", "/api/v1/grades/FC250/tensile-minimum?specimen=CAST_ON&wallMm=40", everyone));
        list.add(Row.api("GET", "/api/v1/load-classes", "/api/v1/load-classes", everyone));
        list.add(Row.api("GET", api, api, readers));
        list.add(Row.api("GET", api + "/{id}", api + "/" + own, readers));
        list.add(Row.api("GET", api + "/{id}", api + "/" + otherBuyers, supplier));
        list.add(Row.api("GET", api + "/{id}", api + "/" + otherCooperative, EnumSet.of(Who.ADMIN)));
        list.add(Row.api("GET", api + "/{id}/in-force", api + "/" + own + "/in-force?date=2027-01-01", readers));
        list.add(Row.api("POST", api, api, writers).withBody("{\"partNumber\": \"\", \"partName\": \"\", \"first\": " + INVALID_REVISION + "}"));
        list.add(Row.api("POST", api + "/{id}/revisions", api + "/" + own + "/revisions", writers)
                .withBody("{\"version\": -1, \"reason\": \"\", \"content\": " + INVALID_CONTENT + "}"));
        list.add(Row.api("POST", api + "/{id}/revisions", api + "/" + otherBuyers + "/revisions", EnumSet.of(Who.ADMIN, Who.OPERATOR))
                .withBody("{\"version\": -1, \"reason\": \"\", \"content\": " + INVALID_CONTENT + "}"));
    }

    private static long spec(JdbcClient jdbc, String partNumber) {
        return jdbc.sql("select id from product_spec where part_number = :p").param("p", partNumber).query(Long.class).single();
    }

    /** A specification of a cooperative that is neither the demo operator's nor the demo member's. */
    private static long otherCooperativeSpec(JdbcClient jdbc, Specifications specifications, SentraUser admin) {
        long tegal = jdbc.sql("select min(id) from cooperative where name <> 'Koperasi Batur Jaya'").query(Long.class).single();
        return specifications.specificationForPart(tegal, null, "MATRIX-TGL-1").map(s -> s.id()).orElseGet(() ->
                specifications.create(admin, new NewSpecification(tegal, null, "MATRIX-TGL-1", "Roda gigi traktor",
                        new RevisionRequest(LocalDate.of(2026, 1, 1), "", new RevisionContent("TGL-DWG-1", "A", "FC200", null,
                                List.of(), List.of())))));
    }

    private static final String INVALID_CONTENT = """
            {"drawingReference": "", "drawingRevision": "", "gradeCode": "NOPE", "characteristics": [], "chemistry": []}""";
    private static final String INVALID_REVISION = "{\"reason\": \"\", \"content\": " + INVALID_CONTENT + "}";
}
