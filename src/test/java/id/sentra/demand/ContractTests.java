package id.sentra.demand;

import static id.sentra.demand.ContractFixtures.by;
import static id.sentra.demand.ContractFixtures.rfq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.registry.MaterialFamily;

/** The life cycle of one contract, without a database: each legal step, each refused one, and the history. */
class ContractTests {

    private static final QuoteDetails QUOTE = new QuoteDetails(List.of(Rupiah.of(175_000)), 30, 2_500, null);

    @Test
    void aNewRfqIsADraftWithItsCreationInTheHistory() {
        var contract = Contract.draft(1L, rfq(1L, 7L, 2_000, 3), false, by("pengadaan.kai", 0));

        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.history()).singleElement().satisfies(change -> {
            assertThat(change.fromStatus()).isNull();
            assertThat(change.toStatus()).isEqualTo(ContractStatus.DRAFT);
            assertThat(change.changedBy()).isEqualTo("pengadaan.kai");
        });
        assertThat(contract.scheduled(1)).isEqualTo(6_000);
    }

    @Test
    void walksTheWholeLifeCycleAndRecordsWhoAndWhenAtEveryStep() {
        var contract = Contract.draft(1L, rfq(1L, 7L, 2_000, 3), false, by("pengadaan.kai", 0));

        contract.publish(0, by("pengadaan.kai", 1));
        int quoteNo = contract.quote(0, 7L, QUOTE, by("operator", 2));
        var awarded = contract.award(0, quoteNo, by("pengadaan.kai", 3));
        contract.startProduction(0, by("operator", 4));
        contract.close(0, "Semua terkirim", by("operator", 5));

        assertThat(contract.status()).isEqualTo(ContractStatus.CLOSED);
        assertThat(awarded.cooperativeId()).isEqualTo(7L);
        assertThat(contract.history()).extracting(StatusChange::toStatus).containsExactly(ContractStatus.DRAFT,
                ContractStatus.OPEN, ContractStatus.QUOTED, ContractStatus.AWARDED, ContractStatus.IN_PRODUCTION,
                ContractStatus.CLOSED);
        assertThat(contract.history()).extracting(StatusChange::changedBy)
                .containsExactly("pengadaan.kai", "pengadaan.kai", "operator", "pengadaan.kai", "operator", "operator");
        assertThat(contract.history().get(3).fromStatus()).isEqualTo(ContractStatus.QUOTED);
        assertThat(contract.history().get(5).changedAt()).isEqualTo(Instant.parse("2026-11-02T08:05:00Z"));
        assertThat(contract.history().get(5).note()).isEqualTo("Semua terkirim");
    }

    @Test
    void theAwardedQuotePricesBecomeTheContractPrices() {
        var contract = quoted();
        contract.quote(0, 7L, new QuoteDetails(List.of(Rupiah.of(169_500)), 21, 2_200, "Harga revisi"), by("operator", 3));

        contract.award(0, 2, by("pengadaan.kai", 4));

        assertThat(contract.lines().getFirst().price()).isEqualTo(Rupiah.of(169_500));
        assertThat(contract.awardedQuote()).isEqualTo(2);
        assertThat(contract.quotes()).hasSize(2);
    }

    @Test
    void refusesToAwardAnRfqNobodyHasQuotedAndNamesItsState() {
        var contract = Contract.draft(1L, rfq(1L, 7L, 2_000, 3), false, by("b", 0));
        contract.publish(0, by("b", 1));

        assertThatThrownBy(() -> contract.award(0, 1, by("b", 2)))
                .isInstanceOfSatisfying(ContractStateException.class, e -> {
                    assertThat(e.status()).isEqualTo(ContractStatus.OPEN);
                    assertThat(e.action()).isEqualTo(ContractAction.AWARD);
                })
                .hasMessageContaining("it is OPEN");
    }

    @Test
    void refusesToQuoteADraft() {
        var contract = Contract.draft(1L, rfq(1L, 7L, 2_000, 3), false, by("b", 0));

        assertThatThrownBy(() -> contract.quote(0, 7L, QUOTE, by("operator", 1)))
                .isInstanceOf(ContractStateException.class).hasMessageContaining("it is DRAFT");
    }

    @Test
    void refusesToStartProductionBeforeTheAward() {
        var contract = quoted();

        assertThatThrownBy(() -> contract.startProduction(0, by("operator", 5)))
                .isInstanceOf(ContractStateException.class).hasMessageContaining("it is QUOTED");
    }

    @Test
    void refusesToCloseAContractThatIsNotInProduction() {
        var contract = awarded();

        assertThatThrownBy(() -> contract.close(0, null, by("operator", 9)))
                .isInstanceOf(ContractStateException.class).hasMessageContaining("it is AWARDED");
    }

    @Test
    void refusesToPublishTwice() {
        var contract = Contract.draft(1L, rfq(1L, 7L, 2_000, 3), false, by("b", 0));
        contract.publish(0, by("b", 1));

        assertThatThrownBy(() -> contract.publish(0, by("b", 2)))
                .isInstanceOf(ContractStateException.class).hasMessageContaining("it is OPEN");
    }

    @Test
    void refusesToPublishAnRfqAddressedToNoCooperative() {
        var contract = Contract.draft(1L, rfq(1L, null, 2_000, 3), false, by("b", 0));

        assertThatThrownBy(() -> contract.publish(0, by("b", 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("cooperativeId"));
    }

    @Test
    void cancelsFromAnyUnfinishedStateWithTheReasonInTheHistoryButNotOnceCancelled() {
        var contract = awarded();

        contract.cancel(0, "Proyek ditunda", by("pengadaan.kai", 9));

        assertThat(contract.status()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(contract.history().getLast().note()).isEqualTo("Proyek ditunda");
        assertThatThrownBy(() -> contract.cancel(0, "lagi", by("pengadaan.kai", 10)))
                .isInstanceOf(ContractStateException.class).hasMessageContaining("it is CANCELLED");
    }

    @Test
    void refusesAChangeStartedFromAnOlderVersion() {
        var contract = Contract.draft(1L, rfq(1L, 7L, 2_000, 3), false, by("b", 0));

        assertThatThrownBy(() -> contract.publish(3, by("b", 1))).isInstanceOf(StaleRecordException.class);
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void callOffsAreTakenOnlyOnceAwardedAndWithinTheSchedule() {
        var rfqOnly = quoted();
        assertThatThrownBy(() -> rfqOnly.callOff(0, new CallOffDetails(1, ContractFixtures.FIRST_MONTH, 100, null), by("b", 5)))
                .isInstanceOf(ContractStateException.class).hasMessageContaining("it is QUOTED");

        var contract = awarded();
        contract.callOff(0, new CallOffDetails(1, ContractFixtures.FIRST_MONTH, 1_500, "DO-1"), by("b", 6));

        assertThat(contract.calledOff(1)).isEqualTo(1_500);
        assertThatThrownBy(() -> contract.callOff(0, new CallOffDetails(1, ContractFixtures.FIRST_MONTH.minusMonths(1), 10, null), by("b", 7)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("period"));
        assertThatThrownBy(() -> contract.callOff(0, new CallOffDetails(1, ContractFixtures.FIRST_MONTH, 4_501, null), by("b", 8)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactly("callOff.quantity.exceeds"));
    }

    @Test
    void aSpecificationChangeIsKeptWithBeforeAndAfterUntilAcknowledged() {
        var contract = awarded();

        var event = contract.changeSpecification(0, 1, ContractFixtures.compositeBrakeBlock(), "Beralih ke blok rem komposit",
                by("pengadaan.kai", 8));

        assertThat(event.before().materialFamily()).isEqualTo(MaterialFamily.HIGH_PHOSPHORUS_IRON);
        assertThat(event.after().materialFamily()).isEqualTo(MaterialFamily.POLYMER_COMPOSITE);
        assertThat(contract.specification(contract.line(1))).isEqualTo(ContractFixtures.compositeBrakeBlock());
        assertThat(contract.specChanges()).singleElement().satisfies(c -> assertThat(c.acknowledged()).isFalse());

        contract.acknowledge(0, 1, by("operator", 9));

        assertThat(contract.specChanges().getFirst().acknowledgedBy()).isEqualTo("operator");
    }

    @Test
    void offtakeWarnsWhenLessThanEightyPercentOfTheCommittedQuantityWasCalledOff() {
        var contract = awarded();
        contract.startProduction(0, by("operator", 6));
        contract.callOff(0, new CallOffDetails(1, ContractFixtures.FIRST_MONTH, 2_000, null), by("b", 7));
        contract.callOff(0, new CallOffDetails(1, ContractFixtures.FIRST_MONTH.plusMonths(1), 1_100, null), by("b", 8));

        var afterFirstMonth = Offtake.shortfalls(contract, ContractFixtures.FIRST_MONTH);
        var afterSecondMonth = Offtake.shortfalls(contract, ContractFixtures.FIRST_MONTH.plusMonths(1));

        assertThat(afterFirstMonth).isEmpty();
        assertThat(afterSecondMonth).singleElement().satisfies(s -> {
            assertThat(s.committed()).isEqualTo(4_000);
            assertThat(s.calledOff()).isEqualTo(3_100);
            assertThat(s.shortfall()).isEqualTo(900);
            assertThat(s.valueAtRisk()).isEqualTo(Rupiah.of(900L * 175_000));
        });
    }

    private static Contract quoted() {
        var contract = Contract.draft(1L, rfq(1L, 7L, 2_000, 3), false, by("pengadaan.kai", 0));
        contract.publish(0, by("pengadaan.kai", 1));
        contract.quote(0, 7L, QUOTE, by("operator", 2));
        return contract;
    }

    private static Contract awarded() {
        var contract = quoted();
        contract.award(0, 1, by("pengadaan.kai", 4));
        return contract;
    }
}
