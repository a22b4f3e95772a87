package id.sentra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.sentra.SentraIntegrationTest;

/**
 * Every endpoint, page and API, for every role, with the outcome we promise: allowed, refused
 * (403) or sent to sign in. An endpoint the application serves but this table lacks fails the build.
 */
@SentraIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    enum Who { ANONYMOUS, ADMIN, OPERATOR, MEMBER, BUYER, MINISTRY }

    enum Outcome { ALLOWED, FORBIDDEN, SIGN_IN }

    /** The demo accounts that play each role. */
    private static final Map<Who, String> USERNAMES = Map.of(Who.ADMIN, "admin", Who.OPERATOR, "operator",
            Who.MEMBER, "member", Who.BUYER, "buyer", Who.MINISTRY, "ministry");

    /** Framework endpoints that are not ours to grant. */
    private static final Set<String> NOT_OURS = Set.of("/error");

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired id.sentra.matching.BusinessMatching matching;
    @Autowired id.sentra.quality.Specifications specifications;
    @Autowired id.sentra.quality.production.HeatBook heats;
    @Autowired id.sentra.quality.production.LotBook lots;
    @Autowired id.sentra.allocation.WorkOrderProgress workOrders;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final Map<Who, SentraUser> users = new EnumMap<>(Who.class);
    private final Map<Who, String> apiTokens = new EnumMap<>(Who.class);
    private List<Row> rows;

    @BeforeAll
    void signInEveryone() {
        USERNAMES.forEach((who, username) -> {
            var account = accounts.findByUsername(username).orElseThrow(() -> new IllegalStateException("demo account " + username));
            users.put(who, account);
            apiTokens.put(who, tokens.issue(account.accountId(), "access-matrix").token());
        });
        rows = rows();
    }

    /** Paths with real ids: the demo member's own record, one of another cooperative, the demo buyer and another. */
    private List<Row> rows() {
        long ownMember = users.get(Who.MEMBER).memberId();
        long otherCooperativeMember = jdbc.sql("select min(id) from member where cooperative_id <> :coop")
                .param("coop", users.get(Who.OPERATOR).cooperativeId()).query(Long.class).single();
        long ownBuyer = users.get(Who.BUYER).buyerId();
        long otherBuyer = jdbc.sql("select min(id) from buyer where id <> :id").param("id", ownBuyer).query(Long.class).single();
        var everyone = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER, Who.BUYER, Who.MINISTRY);
        var cooperativeStaff = EnumSet.of(Who.ADMIN, Who.OPERATOR);
        var list = new ArrayList<Row>();
        list.add(Row.open("GET", "/login", "/login"));
        list.add(Row.open("GET", "/v3/api-docs", "/v3/api-docs"));
        list.add(Row.open("GET", "/v3/api-docs.yaml", "/v3/api-docs.yaml"));
        list.add(Row.open("GET", "/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config"));
        list.add(Row.open("GET", "/swagger-ui.html", "/swagger-ui.html"));
        list.add(Row.open("GET", "/actuator/health", "/actuator/health"));
        list.add(Row.page("GET", "/actuator/prometheus", "/actuator/prometheus", EnumSet.of(Who.ADMIN)));
        list.add(Row.page("GET", "/", "/", everyone));
        list.add(Row.page("GET", "/members", "/members", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY)));
        list.add(Row.page("GET", "/members/new", "/members/new", cooperativeStaff));
        list.add(Row.page("POST", "/members", "/members", cooperativeStaff));
        list.add(Row.page("GET", "/members/{id}", "/members/" + ownMember, everyone));
        list.add(Row.page("GET", "/members/{id}", "/members/" + otherCooperativeMember, EnumSet.of(Who.ADMIN, Who.BUYER, Who.MINISTRY)));
        list.add(Row.page("GET", "/members/{id}/edit", "/members/" + ownMember + "/edit", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER)));
        list.add(Row.page("GET", "/members/{id}/edit", "/members/" + otherCooperativeMember + "/edit", EnumSet.of(Who.ADMIN)));
        list.add(Row.page("POST", "/members/{id}", "/members/" + ownMember, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER)));
        list.add(Row.page("POST", "/members/{id}", "/members/" + otherCooperativeMember, EnumSet.of(Who.ADMIN)));
        list.add(Row.page("GET", "/members/{id}/history", "/members/" + ownMember + "/history", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER)));
        list.add(Row.page("GET", "/members/{id}/history", "/members/" + otherCooperativeMember + "/history", EnumSet.of(Who.ADMIN)));
        list.add(Row.page("GET", "/members/{id}/prices", "/members/" + ownMember + "/prices", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER)));
        list.add(Row.page("GET", "/members/{id}/prices", "/members/" + otherCooperativeMember + "/prices", EnumSet.of(Who.ADMIN)));
        list.add(Row.page("POST", "/members/{id}/prices", "/members/" + ownMember + "/prices", EnumSet.of(Who.ADMIN, Who.OPERATOR)));
        list.add(Row.page("POST", "/members/{id}/prices", "/members/" + otherCooperativeMember + "/prices", EnumSet.of(Who.ADMIN)));
        // A stale version: allowed roles get the "changed by someone else" answer, so nothing changes.
        list.add(Row.page("POST", "/members/{id}/deactivate", "/members/" + ownMember + "/deactivate?version=-1", cooperativeStaff));
        list.add(Row.page("POST", "/members/{id}/deactivate", "/members/" + otherCooperativeMember + "/deactivate?version=-1", EnumSet.of(Who.ADMIN)));
        list.add(Row.page("POST", "/members/{id}/reactivate", "/members/" + ownMember + "/reactivate?version=-1", cooperativeStaff));
        list.add(Row.page("GET", "/members/export.xlsx", "/members/export.xlsx", cooperativeStaff));
        list.add(Row.page("GET", "/members/import", "/members/import", cooperativeStaff));
        list.add(Row.page("POST", "/members/import", "/members/import", cooperativeStaff));
        list.add(Row.page("GET", "/members/import/template.csv", "/members/import/template.csv", cooperativeStaff));
        list.add(Row.page("GET", "/buyers", "/buyers", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY)));
        list.add(Row.page("GET", "/buyers/{id}", "/buyers/" + ownBuyer, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY)));
        list.add(Row.page("GET", "/buyers/{id}", "/buyers/" + otherBuyer, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MINISTRY)));
        list.add(Row.page("GET", "/buyers/{id}/edit", "/buyers/" + ownBuyer + "/edit", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER)));
        list.add(Row.page("GET", "/buyers/{id}/edit", "/buyers/" + otherBuyer + "/edit", cooperativeStaff));
        list.add(Row.page("POST", "/buyers/{id}", "/buyers/" + ownBuyer, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER)));
        list.add(Row.page("POST", "/buyers/{id}", "/buyers/" + otherBuyer, cooperativeStaff));
        list.add(Row.page("GET", "/cooperatives", "/cooperatives", everyone));
        long round = roundOfTheOperatorWithTheDemoBuyer();
        list.add(Row.page("GET", "/rounds", "/rounds", everyone));
        list.add(Row.page("GET", "/rounds/new", "/rounds/new", cooperativeStaff));
        // No buyer chosen: refused by the round's rules after authorisation, so nothing is saved.
        list.add(Row.page("POST", "/rounds", "/rounds?name=Uji&heldOn=2027-01-26", cooperativeStaff));
        list.add(Row.page("GET", "/rounds/{id}", "/rounds/" + round, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY)));
        list.add(Row.page("POST", "/rounds/{id}/schedule", "/rounds/" + round + "/schedule?version=-1", cooperativeStaff));
        list.add(Row.page("POST", "/rounds/{id}/meetings/{index}/outcome", "/rounds/" + round + "/meetings/0/outcome?outcome=MOU&version=-1", cooperativeStaff));
        list.add(Row.page("GET", "/matching", "/matching?material=GREY_IRON&kgPerMonth=1000", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY)));
        list.add(Row.page("GET", "/account/tokens", "/account/tokens", everyone));
        list.add(Row.page("POST", "/account/tokens", "/account/tokens?name=matrix", everyone));
        list.add(Row.page("POST", "/account/tokens/{id}/revoke", "/account/tokens/0/revoke", everyone));

        contractRows(list);
        allocationRows(list);
        SpecificationAccessRows.add(list, jdbc, specifications, users.get(Who.ADMIN));
        list.addAll(ProductionAccessRows.rows(heats, jdbc, users, otherCooperativeMember));
        list.addAll(HeatBatchAccessRows.rows());
        list.addAll(TraceAccessRows.rows(new id.sentra.quality.trace.TraceFixtures(heats, lots, workOrders, jdbc), users));
        list.addAll(InspectionAccessRows.rows(jdbc, users));
        list.addAll(MinistryAccessRows.rows(jdbc));
        list.addAll(TkdnAccessRows.rows(jdbc, users, otherCooperativeMember));
        list.addAll(ScorecardAccessRows.rows(users, otherCooperativeMember, jdbc.sql("select cooperative_id from member where id = :id")
                .param("id", otherCooperativeMember).query(Long.class).single()));

        list.add(Row.api("GET", "/api/v1/members", "/api/v1/members", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY)));
        list.add(Row.api("GET", "/api/v1/members/{id}", "/api/v1/members/" + ownMember, everyone));
        list.add(Row.api("GET", "/api/v1/members/{id}", "/api/v1/members/" + otherCooperativeMember, EnumSet.of(Who.ADMIN, Who.BUYER, Who.MINISTRY)));
        // Bodies that break the rules: allowed roles get 400, so nothing is saved.
        list.add(Row.api("POST", "/api/v1/members", "/api/v1/members", cooperativeStaff).withBody(INVALID_NEW_MEMBER));
        list.add(Row.api("PUT", "/api/v1/members/{id}", "/api/v1/members/" + ownMember, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER)).withBody(INVALID_REVISION));
        list.add(Row.api("PUT", "/api/v1/members/{id}", "/api/v1/members/" + otherCooperativeMember, EnumSet.of(Who.ADMIN)).withBody(INVALID_REVISION));
        list.add(Row.api("POST", "/api/v1/members/{id}/deactivate", "/api/v1/members/" + ownMember + "/deactivate?version=-1", cooperativeStaff));
        list.add(Row.api("GET", "/api/v1/members/{id}/prices", "/api/v1/members/" + ownMember + "/prices", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER)));
        list.add(Row.api("GET", "/api/v1/members/{id}/prices", "/api/v1/members/" + otherCooperativeMember + "/prices", EnumSet.of(Who.ADMIN)));
        list.add(Row.api("PUT", "/api/v1/members/{id}/prices", "/api/v1/members/" + ownMember + "/prices", cooperativeStaff).withBody("[]"));
        list.add(Row.api("PUT", "/api/v1/members/{id}/prices", "/api/v1/members/" + otherCooperativeMember + "/prices", EnumSet.of(Who.ADMIN)).withBody("[]"));
        list.add(Row.api("POST", "/api/v1/members/{id}/deactivate", "/api/v1/members/" + otherCooperativeMember + "/deactivate?version=-1", EnumSet.of(Who.ADMIN)));
        list.add(Row.api("GET", "/api/v1/buyers", "/api/v1/buyers", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY)));
        list.add(Row.api("GET", "/api/v1/buyers/{id}", "/api/v1/buyers/" + ownBuyer, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY)));
        list.add(Row.api("GET", "/api/v1/buyers/{id}", "/api/v1/buyers/" + otherBuyer, EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MINISTRY)));
        list.add(Row.api("GET", "/api/v1/cooperatives", "/api/v1/cooperatives", everyone));
        list.add(Row.api("GET", "/api/v1/clusters", "/api/v1/clusters", everyone));
        list.add(Row.api("GET", "/api/v1/me", "/api/v1/me", everyone));
        list.add(Row.api("GET", "/api/v1/matching", "/api/v1/matching?material=GREY_IRON&kgPerMonth=1000", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER, Who.MINISTRY)));
        return list;
    }

    /** A round of the demo operator's cooperative to which the demo buyer, but not the demo member, is invited. */
    private long roundOfTheOperatorWithTheDemoBuyer() {
        var operator = users.get(Who.OPERATOR);
        var invited = matching.invitable(operator).stream()
                .filter(c -> c.materials().contains(id.sentra.registry.MaterialFamily.HIGH_PHOSPHORUS_IRON))
                .map(c -> c.memberId()).filter(id -> !id.equals(users.get(Who.MEMBER).memberId()))
                .collect(java.util.stream.Collectors.toSet());
        return matching.organise(operator, new id.sentra.matching.RoundPlan("Matriks akses", java.time.LocalDate.of(2027, 2, 1),
                null, java.time.LocalTime.of(9, 0), 20, 2, List.of("Meja 1"),
                List.of(new id.sentra.matching.RoundBuyer(users.get(Who.BUYER).buyerId(), id.sentra.registry.MaterialFamily.HIGH_PHOSPHORUS_IRON)),
                invited));
    }

    /**
     * Contracts: the demo buyer's metallic brake-block contract (in production at the operator's cooperative),
     * its open composite RFQ, another buyer's contract at the same cooperative and another buyer's draft.
     * Changes send a stale version or a body that breaks a rule, so the allowed roles change nothing.
     */
    private void contractRows(List<Row> list) {
        long own = contract("KAI/PGD/BR-M/2026-07");
        long ownRfq = contract("KAI/PGD/BR-K/2026-11");
        long otherBuyers = contract("TMMIN/PUR/CS/2026-07");
        long otherBuyersDraft = contract("INKA/SCM/BR-K/2027-01");
        var parties = EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.BUYER);
        var buyerSide = EnumSet.of(Who.ADMIN, Who.BUYER);
        var supplierSide = EnumSet.of(Who.ADMIN, Who.OPERATOR);
        String c = "/contracts/";
        list.add(Row.page("GET", "/contracts", "/contracts", parties));
        list.add(Row.page("GET", "/contracts/new", "/contracts/new", parties));
        list.add(Row.page("POST", "/contracts", "/contracts", parties));
        list.add(Row.page("GET", "/contracts/{id}", c + own, parties));
        list.add(Row.page("GET", "/contracts/{id}", c + otherBuyers, supplierSide));
        list.add(Row.page("GET", "/contracts/{id}", c + otherBuyersDraft, EnumSet.of(Who.ADMIN)));
        list.add(Row.page("GET", "/contracts/{id}/edit", c + ownRfq + "/edit", buyerSide));
        list.add(Row.page("POST", "/contracts/{id}", c + ownRfq, buyerSide));
        list.add(Row.page("POST", "/contracts/{id}/publish", c + own + "/publish?version=-1", buyerSide));
        list.add(Row.page("POST", "/contracts/{id}/award", c + own + "/award?version=-1&quoteNo=1", buyerSide));
        list.add(Row.page("POST", "/contracts/{id}/start-production", c + own + "/start-production?version=-1", supplierSide));
        list.add(Row.page("POST", "/contracts/{id}/close", c + own + "/close?version=-1", supplierSide));
        list.add(Row.page("POST", "/contracts/{id}/cancel", c + own + "/cancel?version=-1", buyerSide));
        list.add(Row.page("POST", "/contracts/{id}/spec-changes/{changeNo}/acknowledge", c + own + "/spec-changes/1/acknowledge?version=-1", supplierSide));
        list.add(Row.page("GET", "/contracts/{id}/quote", c + ownRfq + "/quote", supplierSide));
        list.add(Row.page("POST", "/contracts/{id}/quotes", c + ownRfq + "/quotes", supplierSide));
        list.add(Row.page("GET", "/contracts/{id}/call-off", c + own + "/call-off", buyerSide));
        list.add(Row.page("POST", "/contracts/{id}/call-offs", c + own + "/call-offs", buyerSide));
        list.add(Row.page("GET", "/contracts/{id}/lines/{lineNo}/specification", c + own + "/lines/1/specification", buyerSide));
        list.add(Row.page("POST", "/contracts/{id}/lines/{lineNo}/specification", c + own + "/lines/1/specification", buyerSide));
        String api = "/api/v1/contracts";
        list.add(Row.api("GET", api, api, parties));
        list.add(Row.api("GET", api + "/warnings", api + "/warnings", parties));
        list.add(Row.api("GET", api + "/{id}", api + "/" + own, parties));
        list.add(Row.api("GET", api + "/{id}", api + "/" + otherBuyers, supplierSide));
        list.add(Row.api("GET", api + "/{id}", api + "/" + otherBuyersDraft, EnumSet.of(Who.ADMIN)));
        list.add(Row.api("POST", api, api, parties).withBody(INVALID_RFQ));
        list.add(Row.api("PUT", api + "/{id}", api + "/" + ownRfq, buyerSide).withBody("{\"version\": -1, \"details\": " + INVALID_RFQ + "}"));
        list.add(Row.api("POST", api + "/{id}/publish", api + "/" + own + "/publish", buyerSide).withBody(STALE));
        list.add(Row.api("POST", api + "/{id}/quotes", api + "/" + ownRfq + "/quotes", supplierSide)
                .withBody("{\"version\": -1, \"unitPrices\": [], \"leadTimeDays\": 0, \"capacityPerMonth\": 0}"));
        list.add(Row.api("POST", api + "/{id}/award", api + "/" + own + "/award", buyerSide).withBody("{\"version\": -1, \"quoteNo\": 1}"));
        list.add(Row.api("POST", api + "/{id}/call-offs", api + "/" + own + "/call-offs", buyerSide)
                .withBody("{\"version\": -1, \"lineNo\": 1, \"period\": \"2026-07\", \"quantity\": 0}"));
        list.add(Row.api("PUT", api + "/{id}/lines/{lineNo}/specification", api + "/" + own + "/lines/1/specification", buyerSide)
                .withBody("{\"version\": -1, \"reason\": \"\"}"));
        list.add(Row.api("POST", api + "/{id}/spec-changes/{changeNo}/acknowledge", api + "/" + own + "/spec-changes/1/acknowledge", supplierSide)
                .withBody(STALE));
        list.add(Row.api("POST", api + "/{id}/transitions", api + "/" + own + "/transitions", supplierSide)
                .withBody("{\"version\": -1, \"to\": \"CLOSED\"}"));
    }

    /** Allocation of the demo sleeves contract, published at demo load, so the matrix's requests change nothing. */
    private void allocationRows(List<Row> list) {
        long sleeves = contract("TMMIN/PUR/CS/2026-07");
        long plan = jdbc.sql("select plan_id from contract_allocation where contract_id = :c").param("c", sleeves).query(Long.class).single();
        var cooperativeStaff = EnumSet.of(Who.ADMIN, Who.OPERATOR);
        list.add(Row.page("GET", "/contracts/{id}/allocation", "/contracts/" + sleeves + "/allocation", cooperativeStaff));
        list.add(Row.page("POST", "/contracts/{id}/allocation", "/contracts/" + sleeves + "/allocation", cooperativeStaff));
        list.add(Row.page("GET", "/allocations/{planId}", "/allocations/" + plan, cooperativeStaff));
        list.add(Row.page("POST", "/allocations/{planId}/publish", "/allocations/" + plan + "/publish?version=-1", cooperativeStaff));
        list.add(Row.page("GET", "/work-orders", "/work-orders", EnumSet.of(Who.ADMIN, Who.OPERATOR, Who.MEMBER)));
    }

    private long contract(String reference) {
        return jdbc.sql("select id from contract where reference = :reference").param("reference", reference).query(Long.class).single();
    }

    private static final String STALE = "{\"version\": -1}";
    private static final String INVALID_RFQ = """
            {"title": "", "reference": "", "tkdnFloor": -1,
             "quality": {"certificate": "EN_10204_2_2", "chemistryCertificate": false}, "lines": []}""";

    private static final String INVALID_NEW_MEMBER = """
            {"cooperativeId": null, "details": {"legalName": "", "nib": "1", "ownerName": "",
              "address": {"kecamatan": "", "kabupaten": "", "province": ""}, "workforce": 0,
              "processes": [], "materials": [], "equipment": [], "certifications": [], "capacities": []}}""";
    private static final String INVALID_REVISION = """
            {"version": -1, "details": {"legalName": "", "nib": "1", "ownerName": "",
              "address": {"kecamatan": "", "kabupaten": "", "province": ""}, "workforce": 0,
              "processes": [], "materials": [], "equipment": [], "certifications": [], "capacities": []}}""";

    @Test
    void everyEndpointTheApplicationServesIsInTheTable() {
        var served = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (NOT_OURS.contains(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    served.add("ANY " + pattern);
                }
                methods.forEach(method -> served.add(method.name() + " " + pattern));
            }
        });
        var listed = new TreeSet<String>();
        rows.forEach(row -> listed.add(row.method() + " " + row.pattern()));
        assertThat(listed).as("endpoints in the access table").containsAll(served);
    }

    Stream<Arguments> cases() {
        return rows.stream().flatMap(row -> Stream.of(Who.values()).map(who -> Arguments.of(row, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachRoleGetsThePromisedOutcome(Row row, Who who) throws Exception {
        var result = mvc.perform(build(row, who)).andReturn().getResponse();
        int status = result.getStatus();
        String location = result.getHeader("Location");
        Outcome actual = status == 401 || status == 302 && location != null && location.endsWith("/login")
                ? Outcome.SIGN_IN
                : status == 403 ? Outcome.FORBIDDEN : Outcome.ALLOWED;
        assertThat(actual).as("%s %s as %s answered %d %s", row.method(), row.path(), who, status,
                location == null ? "" : location).isEqualTo(row.expected(who));
        if (actual == Outcome.ALLOWED) {
            assertThat(status).as("allowed requests must not fail on the server").isLessThan(500);
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> build(Row row, Who who) {
        AbstractMockHttpServletRequestBuilder<?> builder = row.path().equals("/members/import") && row.method().equals("POST")
                ? multipart(row.path()).file("file", "nib,nama_usaha\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : request(HttpMethod.valueOf(row.method()), row.path());
        if (row.body() != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(row.body());
        }
        if (who == Who.ANONYMOUS) {
            return builder.with(csrf());
        }
        return row.api()
                ? builder.header("Authorization", "Bearer " + apiTokens.get(who))
                : builder.with(user(users.get(who))).with(csrf());
    }

    /** One endpoint at one concrete path, and the roles that may use it there. */
    record Row(String method, String pattern, String path, Set<Who> allowed, boolean open, boolean api, String body) {

        static Row open(String method, String pattern, String path) {
            return new Row(method, pattern, path, EnumSet.allOf(Who.class), true, false, null);
        }

        static Row page(String method, String pattern, String path, Set<Who> allowed) {
            return new Row(method, pattern, path, allowed, false, false, null);
        }

        static Row api(String method, String pattern, String path, Set<Who> allowed) {
            return new Row(method, pattern, path, allowed, false, true, null);
        }

        Row withBody(String json) {
            return new Row(method, pattern, path, allowed, open, api, json);
        }

        Outcome expected(Who who) {
            if (open) {
                return Outcome.ALLOWED;
            }
            if (who == Who.ANONYMOUS) {
                return Outcome.SIGN_IN;
            }
            return allowed.contains(who) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
