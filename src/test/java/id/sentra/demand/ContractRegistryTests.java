package id.sentra.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;

/** Contracts through the service, on the demo data: scopes, stale edits, the offtake and specification warnings, events. */
@SentraIntegrationTest
@RecordApplicationEvents
class ContractRegistryTests {

    @Autowired ContractRegistry registry;
    @Autowired ContractSearch search;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void aBuyerSeesOnlyItsOwnContractsAndIsRefusedAnotherBuyers() {
        var buyer = user("buyer");
        var page = search.list(buyer, ContractFilter.ALL, 0, 200);

        assertThat(page.items()).isNotEmpty().allMatch(c -> c.buyerId() == buyer.buyerId());
        assertThat(page.items()).extracting(ContractSummary::reference)
                .contains("KAI/PGD/BR-M/2026-07", "KAI/PGD/BR-K/2026-11")
                .doesNotContain("TMMIN/PUR/CS/2026-07", "INKA/SCM/BR/2026-08");
        assertThatThrownBy(() -> search.get(buyer, contract("TMMIN/PUR/CS/2026-07"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOperatorOfAnotherCooperativeCanNeitherSeeNorQuoteAnRfq() {
        var tegal = user("operator.tegal");
        long rfq = contract("KAI/PGD/BR-K/2026-11");
        int version = search.get(user("operator"), rfq).version();

        assertThat(search.list(tegal, ContractFilter.ALL, 0, 200).items()).extracting(ContractSummary::id).doesNotContain(rfq);
        assertThatThrownBy(() -> search.get(tegal, rfq)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.quote(tegal, rfq, version, new QuoteDetails(List.of(Rupiah.of(250_000)), 30, 1_500, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(search.get(user("operator"), rfq).quotes()).isEmpty();
    }

    @Test
    void theCooperativeDoesNotSeeABuyersDraftUntilItIsPublished() {
        var buyer = user("buyer");
        long id = registry.createRfq(buyer, rfq("Uji draf tersembunyi", 100));

        assertThatThrownBy(() -> search.get(user("operator"), id)).isInstanceOf(AccessDeniedException.class);
        registry.publish(buyer, id, search.get(buyer, id).version());
        assertThat(search.get(user("operator"), id).status()).isEqualTo(ContractStatus.OPEN);
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefusedAndTheNewerOneKept() {
        var buyer = user("buyer");
        long id = registry.createRfq(buyer, rfq("Uji versi", 100));
        int opened = search.get(buyer, id).version();
        registry.revise(buyer, id, opened, rfq("Uji versi — revisi", 120));

        assertThatThrownBy(() -> registry.revise(buyer, id, opened, rfq("Uji versi — tertimpa", 90)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(search.get(buyer, id).title()).isEqualTo("Uji versi — revisi");
        assertThat(search.get(buyer, id).lines().getFirst().scheduledTotal()).isEqualTo(3 * 120);
    }

    @Test
    void theKaiMetallicBrakeBlockContractWarnsThatOfftakeFellBehind() {
        var kai = search.get(user("operator"), contract("KAI/PGD/BR-M/2026-07"));

        // 2,000 a month over five months to date = 10,000 committed; 2,000 + 1,400 + 800 + 400 + 0 = 4,600 called off.
        assertThat(kai.warnings().offtake()).singleElement().satisfies(w -> {
            assertThat(w.committed()).isEqualTo(10_000);
            assertThat(w.calledOff()).isEqualTo(4_600);
            assertThat(w.shortfall()).isEqualTo(5_400);
            assertThat(w.percentCalledOff()).isEqualByComparingTo("46.0");
            assertThat(w.valueAtRisk()).isEqualTo(Rupiah.of(5_400L * 185_000));
        });
        assertThat(kai.warnings().valueAtRisk()).isEqualTo(Rupiah.of(999_000_000));
        var sleeves = search.get(user("operator"), contract("TMMIN/PUR/CS/2026-07"));
        assertThat(sleeves.warnings().offtake()).as("200 a month called off as scheduled").isEmpty();
    }

    @Test
    void aSpecificationChangeWarnsTheCooperativeAndIsPublishedUntilAcknowledged(ApplicationEvents events) {
        var buyer = user("buyer");
        var operator = user("operator");
        long id = awarded(buyer, operator, rfq("Uji perubahan spesifikasi", 200));
        var composite = ContractFixtures.compositeBrakeBlock();

        registry.changeSpecification(buyer, id, search.get(buyer, id).version(), 1, composite, "Beralih ke komposit");

        assertThat(events.stream(ContractAwarded.class)).extracting(ContractAwarded::contractId).containsExactly(id);
        assertThat(events.stream(SpecificationChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.contractId()).isEqualTo(id);
            assertThat(e.before().materialGrade()).isEqualTo("besi fosfor (blok rem)");
            assertThat(e.after()).isEqualTo(composite);
        });
        var seen = search.get(operator, id);
        assertThat(seen.warnings().specificationChanges()).singleElement()
                .satisfies(c -> assertThat(c.changedFields()).contains("materialFamily", "materialGrade", "drawingRevision", "processes"));
        assertThat(seen.can(ContractAction.ACKNOWLEDGE)).isTrue();

        registry.acknowledge(operator, id, seen.version(), 1);

        assertThat(search.get(operator, id).warnings().any()).isFalse();
        assertThat(search.get(buyer, id).specificationChanges().getFirst().acknowledgedBy()).isEqualTo("operator");
    }

    @Test
    void theStatusHistoryNamesWhoMovedTheContractAndWhen() {
        var buyer = user("buyer");
        var operator = user("operator");
        long id = awarded(buyer, operator, rfq("Uji riwayat", 50));
        registry.startProduction(operator, id, search.get(operator, id).version());

        var history = search.get(buyer, id).history();

        assertThat(history).extracting(StatusChange::toStatus).containsExactly(ContractStatus.DRAFT, ContractStatus.OPEN,
                ContractStatus.QUOTED, ContractStatus.AWARDED, ContractStatus.IN_PRODUCTION);
        assertThat(history).extracting(StatusChange::changedBy).containsExactly("buyer", "buyer", "operator", "buyer", "operator");
        assertThat(history).allSatisfy(h -> assertThat(h.changedAt()).isNotNull());
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'contract' and entity_id = :id")
                .param("id", id).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anOperatorMayPostAnRfqOnABuyersBehalfOnlyForItsOwnCooperative() {
        var operator = user("operator");
        long pdam = jdbc.sql("select id from buyer where name like 'Perumda%'").query(Long.class).single();
        var details = rfq("Uji atas nama PDAM", 40);
        var forPdam = new RfqDetails(details.title(), details.reference(), pdam, 999_999L, details.tkdnFloor(),
                details.quality(), null, details.lines());

        long id = registry.createRfq(operator, forPdam);

        var view = search.get(operator, id);
        assertThat(view.onBehalf()).isTrue();
        assertThat(view.cooperativeId()).isEqualTo(operator.cooperativeId());
        assertThat(view.actions()).contains(ContractAction.EDIT, ContractAction.PUBLISH);
    }

    private long awarded(SentraUser buyer, SentraUser operator, RfqDetails rfq) {
        long id = registry.createRfq(buyer, rfq);
        registry.publish(buyer, id, search.get(buyer, id).version());
        registry.quote(operator, id, search.get(operator, id).version(), new QuoteDetails(List.of(Rupiah.of(180_000)), 30, 2_000, null));
        registry.award(buyer, id, search.get(buyer, id).version(), 1);
        return id;
    }

    /** A three-month RFQ of metallic brake blocks from next month, addressed to the operator's cooperative. */
    private RfqDetails rfq(String title, int perMonth) {
        var first = YearMonth.now().plusMonths(1);
        var schedule = IntStream.range(0, 3).mapToObj(i -> new MonthlyQuantity(first.plusMonths(i), perMonth)).toList();
        return new RfqDetails(title, "UJI/" + title.hashCode(), null, user("operator").cooperativeId(), new BigDecimal("40"),
                QualityRequirements.basic(), null, List.of(new RfqLine(ContractFixtures.metallicBrakeBlock(), null, schedule)));
    }

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private long contract(String reference) {
        return jdbc.sql("select id from contract where reference = :r").param("r", reference).query(Long.class).single();
    }
}
