package id.sentra.platform.security;

import java.util.EnumSet;
import java.util.List;

import id.sentra.platform.security.AccessMatrixTests.Row;
import id.sentra.platform.security.AccessMatrixTests.Who;

/** The access table's row for the heat batch upload: an empty batch breaks a rule, so nothing is recorded. */
final class HeatBatchAccessRows {

    private HeatBatchAccessRows() {
    }

    static List<Row> rows() {
        return List.of(Row.api("POST", "/api/v1/heats/batch", "/api/v1/heats/batch", EnumSet.of(Who.ADMIN, Who.MEMBER)).withBody("[]"));
    }
}
