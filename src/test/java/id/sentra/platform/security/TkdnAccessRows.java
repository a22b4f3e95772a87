package id.sentra.platform.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.platform.security.AccessMatrixTests.Row;
import id.sentra.platform.security.AccessMatrixTests.Who;
import id.sentra.tkdn.product.TkdnFixtures;

/**
 * The access table's rows for TKDN: the demo member's own sleeve product (the buyer KAI is not its buyer) and another
 * member's brake-block product for KAI. Writes send a stale version or a contract line without work orders, so the
 * allowed roles change nothing.
 */
final class TkdnAccessRows {

    private TkdnAccessRows() {
    }

    static List<Row> rows(JdbcClient jdbc, Map<Who, SentraUser> users, long otherCooperativeMember) {
        var fixtures = new TkdnFixtures(jdbc);
        long ownMember = users.get(Who.MEMBER).memberId();
        long own = fixtures.product(TkdnFixtures.SLEEVES, 1, 0);
        long kai = fixtures.productNotOf(TkdnFixtures.BRAKE_BLOCKS, 1, ownMember);
        long kaiContract = fixtures.contract(TkdnFixtures.BRAKE_BLOCKS);
        long sleeves = fixtures.contract(TkdnFixtures.SLEEVES);
        var costs = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER);
        var ownFigures = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER, Who.MINISTRY);
        var kaiFigures = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY);
        var list = new ArrayList<Row>();
        list.add(Row.page("GET", "/tkdn/members/{memberId}", "/tkdn/members/" + ownMember, costs));
        list.add(Row.page("GET", "/tkdn/members/{memberId}", "/tkdn/members/" + otherCooperativeMember, EnumSet.of(Who.ADMIN)));
        list.add(Row.page("POST", "/tkdn/members/{memberId}/products", "/tkdn/members/" + ownMember + "/products?contractId=0&lineNo=1", costs));
        list.add(Row.page("GET", "/tkdn/products/{id}", "/tkdn/products/" + own, ownFigures));
        list.add(Row.page("GET", "/tkdn/products/{id}", "/tkdn/products/" + kai, kaiFigures));
        list.add(Row.page("POST", "/tkdn/products/{id}", "/tkdn/products/" + own + "?version=-1", costs));
        list.add(Row.page("POST", "/tkdn/products/{id}", "/tkdn/products/" + kai + "?version=-1", EnumSet.of(Who.ADMIN, Who.OPERATOR)));
        list.add(Row.page("GET", "/tkdn/products/{id}/worksheet.pdf", "/tkdn/products/" + own + "/worksheet.pdf", costs));
        list.add(Row.page("GET", "/tkdn/products/{id}/worksheet.pdf", "/tkdn/products/" + kai + "/worksheet.pdf", EnumSet.of(Who.ADMIN, Who.OPERATOR)));
        list.add(Row.page("GET", "/tkdn/products/{id}/worksheet.xlsx", "/tkdn/products/" + own + "/worksheet.xlsx", costs));
        list.add(Row.page("POST", "/tkdn/products/{id}/preview", "/tkdn/products/" + own + "/preview", costs));
        String api = "/api/v1/tkdn";
        list.add(Row.api("GET", api + "/members/{memberId}/products", api + "/members/" + ownMember + "/products", costs));
        list.add(Row.api("GET", api + "/members/{memberId}/products", api + "/members/" + otherCooperativeMember + "/products",
                EnumSet.of(Who.ADMIN)));
        list.add(Row.api("POST", api + "/products", api + "/products", costs)
                .withBody("{\"memberId\": " + ownMember + ", \"contractId\": 0, \"lineNo\": 1}"));
        list.add(Row.api("GET", api + "/products/{id}", api + "/products/" + own, ownFigures));
        list.add(Row.api("GET", api + "/products/{id}", api + "/products/" + kai, kaiFigures));
        list.add(Row.api("GET", api + "/products/{id}/costs", api + "/products/" + own + "/costs", costs));
        list.add(Row.api("GET", api + "/products/{id}/costs", api + "/products/" + kai + "/costs", EnumSet.of(Who.ADMIN, Who.OPERATOR)));
        list.add(Row.api("PUT", api + "/products/{id}/costs", api + "/products/" + own + "/costs", costs)
                .withBody("{\"version\": -1, \"structure\": null}"));
        list.add(Row.api("GET", api + "/products/{id}/evidence", api + "/products/" + own + "/evidence", costs));
        list.add(Row.api("GET", api + "/contracts/{id}", api + "/contracts/" + kaiContract, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER)));
        list.add(Row.api("GET", api + "/contracts/{id}", api + "/contracts/" + sleeves, EnumSet.of(Who.ADMIN, Who.OPERATOR)));
        return list;
    }
}
