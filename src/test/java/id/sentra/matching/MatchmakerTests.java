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
