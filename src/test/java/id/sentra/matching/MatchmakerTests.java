package id.sentra.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/** Ranking the demo cluster's members for products the articles name. */
@SentraIntegrationTest
class MatchmakerTests {

    /** PT INKA's works in Madiun, where brake blocks for rolling stock are fitted. */
    private static final GeoPoint MADIUN = new GeoPoint(-7.63, 111.52);

    @Autowired Matchmaker matchmaker;
    @Autowired Accounts accounts;
    @Autowired ReasonTexts reasons;
    @Autowired id.sentra.registry.CapabilityCatalog catalog;
    @Autowired java.time.Clock clock;
    @Autowired id.sentra.registry.MemberPrices prices;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void onlyTheMemberWithTheSpectrometerCanSupplyChemistryCertifiedSleeves() {
        var need = new Requirement(MaterialFamily.GREY_IRON, Set.of(Process.CENTRIFUGAL_CASTING, Process.MACHINING),
                Set.of(EquipmentKind.SPECTROMETER), Set.of(), 800, null);

        var ranked = matchmaker.rank(user("operator"), need);

        var eligible = ranked.stream().filter(Candidate::eligible).toList();
        assertThat(eligible).hasSize(1);
        assertThat(eligible.get(0).memberId()).isEqualTo(user("member").memberId());
        assertThat(ranked.get(0).eligible()).as("eligible members come first").isTrue();
    }

    @Test
    void aMemberThatIsNotEligibleSaysWhatItLacks() {
        var need = new Requirement(MaterialFamily.GREY_IRON, Set.of(), Set.of(EquipmentKind.SPECTROMETER), Set.of(), 0, null);

        var outsider = matchmaker.rank(user("operator"), need).stream().filter(c -> !c.eligible()).findFirst().orElseThrow();

        assertThat(outsider.lacks()).extracting(r -> reasons.text(r, java.util.Locale.forLanguageTag("id")))
                .contains("tidak memiliki Spektrometer");
    }

    @Test
    void aNeedBeyondEveryCapacityLeavesNoOneEligibleAndNamesTheShortfall() {
        var need = new Requirement(MaterialFamily.HIGH_PHOSPHORUS_IRON, Set.of(), Set.of(), Set.of(), 10_000_000, null);

        var ranked = matchmaker.rank(user("operator"), need);

        assertThat(ranked).noneMatch(Candidate::eligible);
        assertThat(ranked).allSatisfy(c -> assertThat(c.lacks()).anyMatch(r -> r.messageKey().equals("match.capacity.short")));
    }

    @Test
    void eligibleMembersAreOrderedByScoreAndNearerIsBetterWhenAllElseIsEqual() {
        var need = new Requirement(MaterialFamily.HIGH_PHOSPHORUS_IRON, Set.of(Process.SAND_CASTING), Set.of(), Set.of(), 1_000, MADIUN);

        var eligible = matchmaker.rank(user("operator"), need).stream().filter(Candidate::eligible).toList();

        assertThat(eligible).hasSizeGreaterThan(3);
        assertThat(eligible).extracting(Candidate::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(eligible).allSatisfy(c -> assertThat(c.distanceKm()).isBetween(50.0, 250.0));
        assertThat(eligible.get(0).parts()).extracting(Candidate.ScorePart::criterion)
                .containsExactly("headroom", "distance", "quality", "onTime", "price");
    }

    @Test
    void theOperatorRanksItsOwnCooperativeAndABuyerRanksEveryCluster() {
        var need = new Requirement(MaterialFamily.GREY_IRON, Set.of(), Set.of(), Set.of(), 0, null);

        var forOperator = matchmaker.rank(user("operator"), need);
        var forBuyer = matchmaker.rank(user("buyer"), need);

        assertThat(forOperator).extracting(Candidate::cooperativeName).containsOnly("Koperasi Batur Jaya");
        assertThat(forBuyer).extracting(Candidate::clusterName).contains("Sentra Logam Ceper", "Sentra Logam Tegal");
    }

    @Test
    void anExpiredCertificateDoesNotCount() {
        var today = java.time.LocalDate.now(clock);
        var expiredOnly = catalog.active(null).stream()
                .filter(m -> m.certifications().stream().anyMatch(c -> c.kind() == CertificationKind.ISO_9001))
                .filter(m -> !m.holdsValid(CertificationKind.ISO_9001, today))
                .findFirst().orElseThrow(() -> new AssertionError("demo data has a member whose ISO 9001 expired"));
        var need = new Requirement(expiredOnly.materials().iterator().next(), Set.of(), Set.of(), Set.of(CertificationKind.ISO_9001), 0, null);

        var candidate = matchmaker.rank(user("admin"), need).stream()
                .filter(c -> c.memberId() == expiredOnly.memberId()).findFirst().orElseThrow();

        assertThat(candidate.eligible()).isFalse();
        assertThat(candidate.lacks()).extracting(Reason::messageKey).containsExactly("match.certification.missing");
    }

    @Test
    void membersDoNotRankOtherMembers() {
        var need = new Requirement(MaterialFamily.GREY_IRON, Set.of(), Set.of(), Set.of(), 0, null);
        assertThatThrownBy(() -> matchmaker.rank(user("member"), need)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOperatorSeesHowFarAPriceIsFromTheMedianAndABuyerOnlyItsBand() {
        var need = new Requirement(MaterialFamily.HIGH_PHOSPHORUS_IRON, Set.of(), Set.of(), Set.of(), 100, MADIUN);
        var english = java.util.Locale.ENGLISH;

        var forOperator = priceReason(matchmaker.rank(user("operator"), need), english);
        var forBuyer = priceReason(matchmaker.rank(user("buyer"), need), english);

        assertThat(forOperator).matches("price \\d+% (below|above) the median");
        assertThat(forBuyer).matches("price level: (below|around|above) the median");
    }

    @Test
    void aCheaperMemberScoresHigherOnPriceAllElseEqual() {
        var need = new Requirement(MaterialFamily.HIGH_PHOSPHORUS_IRON, Set.of(), Set.of(), Set.of(), 100, MADIUN);
        var eligible = matchmaker.rank(user("operator"), need).stream().filter(Candidate::eligible).toList();
        var levels = prices.levels(MaterialFamily.HIGH_PHOSPHORUS_IRON);

        var byLevel = eligible.stream().sorted(java.util.Comparator.comparingDouble(c -> levels.get(c.memberId()))).toList();

        assertThat(pricePoints(byLevel.getFirst())).isGreaterThan(pricePoints(byLevel.getLast()));
    }

    @Test
    void aPageHoldsItsLimitAndTheCountsCoverEveryActiveMember() {
        var need = new Requirement(MaterialFamily.GREY_IRON, Set.of(Process.SAND_CASTING), Set.of(), Set.of(), 500, MADIUN);
        long active = jdbc.sql("select count(*) from member where active = true").query(Long.class).single();

        var ranking = matchmaker.rank(user("buyer"), need, 0, 10);

        assertThat(ranking.candidates()).hasSize(10);
        assertThat(ranking.total()).isEqualTo(active);
        assertThat(ranking.eligible()).isPositive();
        assertThat(ranking.hasMore()).isTrue();
    }

    @Test
    void pagesPutTogetherGiveTheWholeRankingInItsOrder() {
        var need = new Requirement(MaterialFamily.HIGH_PHOSPHORUS_IRON, Set.of(Process.SAND_CASTING), Set.of(), Set.of(), 1_000, MADIUN);
        var whole = matchmaker.rank(user("buyer"), need).stream().map(Candidate::memberId).toList();

        var paged = new java.util.ArrayList<Long>();
        for (int offset = 0; offset < whole.size(); offset += 7) {
            matchmaker.rank(user("buyer"), need, offset, 7).candidates().forEach(c -> paged.add(c.memberId()));
        }

        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void theCommonLacksCountTheMembersWithoutEachCondition() {
        var need = new Requirement(MaterialFamily.GREY_IRON, Set.of(), Set.of(EquipmentKind.SPECTROMETER), Set.of(), 0, null);
        long withoutSpectrometer = jdbc.sql("""
                select count(*) from member m where m.active = true
                and not exists (select 1 from member_equipment e where e.member_id = m.id and e.kind = 'SPECTROMETER')""")
                .query(Long.class).single();

        var lacks = matchmaker.rank(user("buyer"), need, 0, 5).commonLacks();

        assertThat(lacks).extracting(s -> reasons.text(s.lack(), java.util.Locale.forLanguageTag("id")))
                .contains("tidak memiliki Spektrometer");
        assertThat(lacks).filteredOn(s -> s.lack().messageKey().equals("match.equipment.missing"))
                .extracting(Ranking.Shortfall::members).containsExactly(withoutSpectrometer);
        assertThat(lacks).extracting(Ranking.Shortfall::members).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aPageBeyondTheEligibleListsTheOthersByName() {
        var need = new Requirement(MaterialFamily.GREY_IRON, Set.of(), Set.of(EquipmentKind.SPECTROMETER), Set.of(), 0, null);
        var first = matchmaker.rank(user("buyer"), need, 0, 1);

        var beyond = matchmaker.rank(user("buyer"), need, (int) first.eligible(), 20).candidates();

        assertThat(beyond).hasSize(20).noneMatch(Candidate::eligible);
        assertThat(beyond).extracting(Candidate::legalName).isSorted();
    }

    @Test
    void aPriceChangedIsPricedByTheNextRanking() {
        var need = new Requirement(MaterialFamily.HIGH_PHOSPHORUS_IRON, Set.of(), Set.of(), Set.of(), 100, MADIUN);
        var member = matchmaker.rank(user("operator"), need).stream().filter(Candidate::eligible)
                .filter(c -> prices.levels(MaterialFamily.HIGH_PHOSPHORUS_IRON).containsKey(c.memberId())).findFirst().orElseThrow();
        double before = prices.levels(MaterialFamily.HIGH_PHOSPHORUS_IRON).get(member.memberId());
        long price = prices.perKg(MaterialFamily.HIGH_PHOSPHORUS_IRON).get(member.memberId());

        prices.set(member.memberId(), MaterialFamily.HIGH_PHOSPHORUS_IRON, 1_000_000);
        try {
            assertThat(prices.levels(MaterialFamily.HIGH_PHOSPHORUS_IRON).get(member.memberId())).isGreaterThan(before);
            var after = matchmaker.rank(user("operator"), need).stream().filter(c -> c.memberId() == member.memberId())
                    .findFirst().orElseThrow();
            assertThat(pricePoints(after)).isZero();
        } finally {
            prices.set(member.memberId(), MaterialFamily.HIGH_PHOSPHORUS_IRON, price);
        }
    }

    private double pricePoints(Candidate candidate) {
        return candidate.parts().stream().filter(p -> p.criterion().equals("price")).findFirst().orElseThrow().points();
    }

    private String priceReason(java.util.List<Candidate> ranked, java.util.Locale locale) {
        var part = ranked.stream().filter(Candidate::eligible).findFirst().orElseThrow()
                .parts().stream().filter(p -> p.criterion().equals("price")).findFirst().orElseThrow();
        return reasons.text(part.why(), locale);
    }

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
