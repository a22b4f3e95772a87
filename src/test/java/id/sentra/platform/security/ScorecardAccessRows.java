package id.sentra.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import id.sentra.platform.security.AccessMatrixTests.Row;
import id.sentra.platform.security.AccessMatrixTests.Who;

/**
 * The access table's rows for scorecards and SPC charts: the demo member's own scorecard and charts, a member
 * of another cooperative, the operator's cooperative overview and another cooperative's.
 */
final class ScorecardAccessRows {

    private ScorecardAccessRows() {
    }

    static List<Row> rows(Map<Who, SentraUser> users, long otherCooperativeMember, long otherCooperative) {
        long own = users.get(Who.MEMBER).memberId();
        long cooperative = users.get(Who.OPERATOR).cooperativeId();
        var staff = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER);
        return List.of(
                Row.page("GET", "/quality/members/{id}", "/quality/members/" + own, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER, Who.BUYER)),
                Row.page("GET", "/quality/members/{id}", "/quality/members/" + otherCooperativeMember, EnumSet.of(Who.ADMIN, Who.BUYER)),
                Row.page("GET", "/quality/members/{id}/charts", "/quality/members/" + own + "/charts?characteristic=C", staff),
                Row.page("GET", "/quality/members/{id}/charts", "/quality/members/" + otherCooperativeMember + "/charts", EnumSet.of(Who.ADMIN)),
                Row.page("GET", "/quality/cooperative", "/quality/cooperative?cooperative=" + cooperative, EnumSet.of(Who.ADMIN, Who.OPERATOR)),
                Row.page("GET", "/quality/cooperative", "/quality/cooperative?cooperative=" + otherCooperative, EnumSet.of(Who.ADMIN)));
    }
}
