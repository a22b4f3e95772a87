package id.sentra.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.sentra.quality.spec.GradeLibrary;

/** Which revision a lot is judged against, and what chemistry that revision asks for. */
class RevisionInForceTests {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);

    private final GradeLibrary library = new GradeLibrary();

    @Test
    void aLotMadeBetweenTwoRevisionsIsJudgedAgainstTheEarlierOne() {
        var revisions = List.of(revision(1, JAN, "C"), revision(2, MAR, "D"));
        assertThat(SpecRevision.inForceOn(revisions, LocalDate.of(2026, 2, 28))).get()
                .extracting(r -> r.content().drawingRevision()).isEqualTo("C");
    }

    @Test
    void aRevisionHoldsFromItsOwnEffectiveDate() {
        var revisions = List.of(revision(1, JAN, "C"), revision(2, MAR, "D"));
        assertThat(SpecRevision.inForceOn(revisions, MAR)).get().extracting(SpecRevision::revisionNo).isEqualTo(2);
    }

    @Test
    void nothingIsInForceBeforeTheFirstRevision() {
        assertThat(SpecRevision.inForceOn(List.of(revision(1, JAN, "C")), JAN.minusDays(1))).isEmpty();
    }

    @Test
    void ofTwoRevisionsEffectiveTheSameDayTheLaterOneHolds() {
        var revisions = List.of(revision(2, JAN, "C2"), revision(1, JAN, "C1"));
        assertThat(SpecRevision.inForceOn(revisions, JAN)).get().extracting(SpecRevision::revisionNo).isEqualTo(2);
    }

    @Test
    void aRevisionTakingEffectLaterDoesNotHoldToday() {
        var revisions = List.of(revision(1, JAN, "C"), revision(2, MAR, "D"));
        assertThat(SpecRevision.inForceOn(revisions, MAR.minusDays(1))).get().extracting(SpecRevision::revisionNo).isEqualTo(1);
    }

    @Test
    void aChemistryFreeFcGradeTakesItsChemistryFromTheDrawing() {
        var sleeve = revision(1, JAN, "D", "FC250", List.of(
                ChemistryLimit.fromDrawing(Element.P, Limits.of("0.2", "0.4")),
                ChemistryLimit.fromDrawing(Element.S, Limits.of(null, "0.10"))));
        var limits = Specifications.chemistryLimits(library.grade("FC250"), sleeve);
        assertThat(limits).containsOnlyKeys(Element.P, Element.S);
        assertThat(limits.get(Element.P)).isEqualTo(Limits.of("0.2", "0.4"));
    }

    @Test
    void aChemistryFreeFcGradeWithAPlainDrawingLimitsNothing() {
        assertThat(Specifications.chemistryLimits(library.grade("FC200"), revision(1, JAN, "A"))).isEmpty();
    }

    @Test
    void drawingAndGradeLimitsBothHold() {
        // TRS1008-H241 sets P 0.5–0.8; the drawing narrows to P ≥ 0.6 and adds carbon.
        var block = revision(1, JAN, "B", "TRS1008-H241", List.of(
                ChemistryLimit.fromDrawing(Element.P, Limits.of("0.6", null)),
                ChemistryLimit.fromDrawing(Element.C, Limits.of("3.0", "3.5"))));
        var limits = Specifications.chemistryLimits(library.grade("TRS1008-H241"), block);
        assertThat(limits.get(Element.P)).isEqualTo(Limits.of("0.6", "0.8"));
        assertThat(limits.get(Element.C)).isEqualTo(Limits.of("3.0", "3.5"));
        assertThat(limits.get(Element.MN)).isEqualTo(Limits.of(null, "0.60"));
    }

    @Test
    void typicalFoundryChemistryIsNoLimit() {
        // FCD450-10 carries typical chemistry only (castingsr.com); JIS G5502 sets none.
        assertThat(Specifications.chemistryLimits(library.grade("FCD450-10"), revision(1, JAN, "A", "FCD450-10", List.of()))).isEmpty();
    }

    @Test
    void limitsReadAsOnADrawing() {
        assertThat(Limits.of("0.5", "0.8").contains(new BigDecimal("0.80"))).isTrue();
        assertThat(Limits.of("0.5", "0.8").contains(new BigDecimal("0.81"))).isFalse();
        assertThat(Limits.of(null, "0.15")).hasToString("≤ 0.15");
        assertThat(Limits.of("0.9", null).intersect(Limits.of(null, "0.8")).isEmpty()).isTrue();
    }

    private static SpecRevision revision(int no, LocalDate from, String drawingRevision) {
        return revision(no, from, drawingRevision, "FC250", List.of());
    }

    private static SpecRevision revision(int no, LocalDate from, String drawingRevision, String grade, List<ChemistryLimit> chemistry) {
        var content = new RevisionContent("DWG-1", drawingRevision, grade, null, List.of(), chemistry);
        return new SpecRevision(no, from, "", content, "test", new SpecRevision.Made("tester", Instant.EPOCH));
    }
}
