package id.sentra.platform.security;

import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.platform.security.AccessMatrixTests.Row;
import id.sentra.platform.security.AccessMatrixTests.Who;

/**
 * The access table's rows for import substitution and the prior source of contract lines: the figures for the
 * ministry, the platform and (own cooperative) operators; the prior source on the demo buyer's contract and on
 * another buyer's. Changes send a stale version or no family, so the allowed roles change nothing.
 */
final class MinistryAccessRows {

    private MinistryAccessRows() {
    }

    static List<Row> rows(JdbcClient jdbc) {
        long own = contract(jdbc, "KAI/PGD/BR-M/2026-07");
        long otherBuyers = contract(jdbc, "TMMIN/PUR/CS/2026-07");
        var figures = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MINISTRY);
        var parties = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER);
        var supplierSide = EnumSet.of(Who.ADMIN, Who.OPERATOR);
        String api = "/api/v1/contracts/";
        String staleOrigin = "{\"version\": -1, \"origin\": {\"productFamily\": \"BRAKE_BLOCK\", \"priorSource\": \"IMPORTED\"}}";
        return List.of(
                Row.page("GET", "/ministry/import-substitution", "/ministry/import-substitution?family=BRAKE_BLOCK", figures),
                Row.page("GET", "/ministry/import-substitution.xlsx", "/ministry/import-substitution.xlsx", figures),
                Row.api("GET", "/api/v1/ministry/import-substitution", "/api/v1/ministry/import-substitution?year=2026", figures),
                Row.page("GET", "/contracts/{id}/lines/{lineNo}/origin", "/contracts/" + own + "/lines/1/origin", parties),
                Row.page("GET", "/contracts/{id}/lines/{lineNo}/origin", "/contracts/" + otherBuyers + "/lines/1/origin", supplierSide),
                Row.page("POST", "/contracts/{id}/lines/{lineNo}/origin", "/contracts/" + own + "/lines/1/origin?version=-1", parties),
                Row.page("POST", "/contracts/{id}/lines/{lineNo}/origin", "/contracts/" + otherBuyers + "/lines/1/origin?version=-1",
                        supplierSide),
                Row.api("PUT", "/api/v1/contracts/{id}/lines/{lineNo}/origin", api + own + "/lines/1/origin", parties).withBody(staleOrigin),
                Row.api("PUT", "/api/v1/contracts/{id}/lines/{lineNo}/origin", api + otherBuyers + "/lines/1/origin", supplierSide)
                        .withBody(staleOrigin));
    }

    private static long contract(JdbcClient jdbc, String reference) {
        return jdbc.sql("select id from contract where reference = :reference").param("reference", reference).query(Long.class).single();
    }
}
