package id.sentra.platform.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import id.sentra.platform.security.AccessMatrixTests.Row;
import id.sentra.platform.security.AccessMatrixTests.Who;
import id.sentra.quality.trace.TraceFixtures;

/**
 * The access table's rows for traceability and certificates: a lot another member made for the demo buyer
 * (the buyer may trace it, the demo member not), and a lot of the demo member for another buyer with its heat.
 * Nothing here writes.
 */
final class TraceAccessRows {

    private TraceAccessRows() {
    }

    static List<Row> rows(TraceFixtures fixtures, Map<Who, SentraUser> users) {
        var admin = users.get(Who.ADMIN);
        long demoMember = users.get(Who.MEMBER).memberId();
        var buyers = fixtures.lotFor(admin, TraceFixtures.BRAKE_BLOCKS, demoMember, "MATRIX-T");
        var members = fixtures.lotOfMember(admin, demoMember, "MATRIX-M");
        var buyerSide = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER);
        var memberSide = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER);
        var tracers = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER, Who.BUYER);
        var list = new ArrayList<Row>();
        list.add(Row.page("GET", "/trace/lots/{id}", "/trace/lots/" + buyers.lotId(), buyerSide));
        list.add(Row.page("GET", "/trace/lots/{id}", "/trace/lots/" + members.lotId(), memberSide));
        // An unknown number: the roles that may trace get "not found", the others are refused first.
        list.add(Row.page("GET", "/trace/certificates/{number}", "/trace/certificates/SNT-NONE", tracers));
        list.add(Row.page("GET", "/trace/heats/{id}", "/trace/heats/" + members.heatA(), memberSide));
        list.add(Row.page("GET", "/trace/heats/{id}", "/trace/heats/" + buyers.heatA(), EnumSet.of(Who.ADMIN, Who.OPERATOR)));
        list.add(Row.page("GET", "/trace/heats/{id}/recall.xlsx", "/trace/heats/" + members.heatA() + "/recall.xlsx", memberSide));
        list.add(Row.api("GET", "/api/v1/trace/lots/{id}", "/api/v1/trace/lots/" + buyers.lotId(), buyerSide));
        list.add(Row.api("GET", "/api/v1/trace/lots/{id}", "/api/v1/trace/lots/" + members.lotId(), memberSide));
        list.add(Row.api("GET", "/api/v1/trace/certificates/{number}", "/api/v1/trace/certificates/SNT-NONE", tracers));
        list.add(Row.api("GET", "/api/v1/trace/heats/{id}", "/api/v1/trace/heats/" + members.heatA(), memberSide));
        certificateRows(list, buyers, members);
        return list;
    }

    /**
     * Certificate pages on lots not yet inspected: issuing is refused by the rule after authorisation, so nothing
     * is issued; an unknown number is "not found" for the roles that may download. Verification is public.
     */
    private static void certificateRows(List<Row> list, TraceFixtures.MadeLot buyers, TraceFixtures.MadeLot members) {
        var buyerSide = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER);
        var memberSide = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER);
        list.add(Row.page("GET", "/certificates", "/certificates", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER, Who.BUYER)));
        list.add(Row.page("GET", "/certificates/lots/{id}", "/certificates/lots/" + buyers.lotId(), buyerSide));
        list.add(Row.page("GET", "/certificates/lots/{id}", "/certificates/lots/" + members.lotId(), memberSide));
        list.add(Row.page("POST", "/certificates/lots/{id}", "/certificates/lots/" + members.lotId(), memberSide));
        list.add(Row.page("POST", "/certificates/lots/{id}", "/certificates/lots/" + buyers.lotId(), EnumSet.of(Who.ADMIN, Who.OPERATOR)));
        list.add(Row.page("GET", "/certificates/work-orders/{id}", "/certificates/work-orders/" + buyers.workOrderId(), buyerSide));
        list.add(Row.page("GET", "/certificates/work-orders/{id}", "/certificates/work-orders/" + members.workOrderId(), memberSide));
        list.add(Row.page("GET", "/certificates/{number}.pdf", "/certificates/SNT-NONE.pdf",
                EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER, Who.BUYER)));
        list.add(Row.open("GET", "/verify", "/verify"));
        list.add(Row.open("GET", "/verify/{number}", "/verify/SNT-NONE"));
        list.add(Row.open("POST", "/verify/{number}", "/verify/SNT-NONE?code=0"));
        // No file: a bad request for everyone, never a sign-in.
        list.add(Row.open("POST", "/verify", "/verify"));
    }
}
