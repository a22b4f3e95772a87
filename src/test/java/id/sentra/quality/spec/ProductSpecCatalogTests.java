package id.sentra.quality.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.AuditTrail;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Characteristic;
import id.sentra.quality.CharacteristicKind;
import id.sentra.quality.ChemistryLimit;
import id.sentra.quality.Element;
import id.sentra.quality.Limits;
import id.sentra.quality.NewSpecification;
import id.sentra.quality.RevisionContent;
import id.sentra.quality.RevisionRequest;
import id.sentra.quality.SamplingTerms;
import id.sentra.quality.Specifications;

/** Product specifications saved and read back on the real database, with their revisions, scope, locking and audit. */
@SentraIntegrationTest
class ProductSpecCatalogTests {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    @Autowired ProductSpecCatalog catalog;
    @Autowired Specifications specifications;
    @Autowired Accounts accounts;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @Test
    void aRevisionIsSavedBesideTheOldOneAndEachHoldsForItsOwnDates() {
        var operator = user("operator");
        long id = catalog.create(operator, spec("IT-REV-1", MAY, "0.20", "0.40"));
        int revision = catalog.revise(operator, id, version(id), new RevisionRequest(SEPTEMBER, "P dipersempit", sleeve("D", "0.25", "0.40")));

        assertThat(revision).isEqualTo(2);
        assertThat(specifications.revisionInForce(id, SEPTEMBER.minusDays(1))).get()
                .extracting(r -> r.content().drawingRevision()).isEqualTo("C");
        var september = specifications.revisionInForce(id, SEPTEMBER).orElseThrow();
        assertThat(september.content().drawingRevision()).isEqualTo("D");
        assertThat(september.made().by()).isEqualTo("operator");
        assertThat(september.libraryVersion()).isEqualTo(specifications.libraryVersion());
        assertThat(specifications.chemistryLimits(september).get(Element.P)).isEqualTo(Limits.of("0.25", "0.40"));
        assertThat(specifications.revisionInForce(id, MAY.minusDays(1))).isEmpty();
    }

    @Test
    void characteristicsComeBackAsEntered() {
        long id = catalog.create(user("operator"), spec("IT-READ-1", MAY, "0.20", "0.40"));
        var content = catalog.get(user("operator"), id).latest().content();

        var bore = content.characteristic("Diameter dalam").orElseThrow();
        assertThat(bore.limits().min()).isEqualByComparingTo("75.000");
        assertThat(bore.limits().max()).isEqualByComparingTo("75.030");
        assertThat(bore.upperTolerance()).isEqualByComparingTo("0.030");
        assertThat(content.keyCharacteristics()).extracting(Characteristic::name).containsExactly("Diameter dalam", "Kekerasan");
        assertThat(specifications.hardnessLimits(catalog.get(user("operator"), id).latest())).get()
                .isEqualTo(Limits.of("200", "250"));
    }

    @Test
    void aRevisionStartedFromAnOldVersionIsRefused() {
        var operator = user("operator");
        long id = catalog.create(operator, spec("IT-STALE-1", MAY, "0.20", "0.40"));
        int read = version(id);
        catalog.revise(operator, id, read, new RevisionRequest(SEPTEMBER, "rev D", sleeve("D", "0.25", "0.40")));

        assertThatThrownBy(() -> catalog.revise(operator, id, read, new RevisionRequest(SEPTEMBER, "rev E", sleeve("E", "0.30", "0.40"))))
                .isInstanceOf(StaleRecordException.class);
        assertThat(catalog.get(operator, id).revisions()).hasSize(2);
    }

    @Test
    void aRevisionMayNotTakeEffectBeforeTheLatest() {
        var operator = user("operator");
        long id = catalog.create(operator, spec("IT-BACK-1", SEPTEMBER, "0.20", "0.40"));

        assertThatThrownBy(() -> catalog.revise(operator, id, version(id), new RevisionRequest(MAY, "mundur", sleeve("D", "0.25", "0.40"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.messageKey()).containsExactly("effectiveFrom pspec.effectiveFrom.beforeLatest"));
    }

    @Test
    void drawingChemistryThatNoMeltCouldMeetWithTheGradeIsRefusedAndNothingIsSaved() {
        var content = new RevisionContent("DWG-P", "A", "TRS1008-H241", null, List.of(),
                List.of(ChemistryLimit.fromDrawing(Element.P, Limits.of("0.9", "1.1"))));
        var request = new NewSpecification(null, null, "IT-CONFLICT-1", "Blok rem", new RevisionRequest(MAY, "", content));

        assertThatThrownBy(() -> catalog.create(user("operator"), request))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.messageKey())
                        .containsExactly("chemistry[0].max pspec.chemistry.conflictsWithGrade"));
        assertThat(jdbc.sql("select count(*) from product_spec where part_number = 'IT-CONFLICT-1'").query(Long.class).single()).isZero();
    }

    @Test
    void anOperatorOfAnotherCooperativeCannotSeeIt() {
        long id = catalog.create(user("operator"), spec("IT-SCOPE-1", MAY, "0.20", "0.40"));
        assertThatThrownBy(() -> catalog.get(user("operator.tegal"), id)).isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.list(user("operator.tegal"))).noneMatch(s -> s.id() == id);
        assertThat(catalog.list(user("member"))).anyMatch(s -> s.id() == id);
    }

    @Test
    void everyChangeIsInTheAuditTrail() {
        var operator = user("operator");
        long id = catalog.create(operator, spec("IT-AUDIT-1", MAY, "0.20", "0.40"));
        catalog.revise(operator, id, version(id), new RevisionRequest(SEPTEMBER, "rev D", sleeve("D", "0.25", "0.40")));

        assertThat(audit.history("product-spec", id)).extracting(e -> e.action()).containsExactly("UPDATED", "CREATED");
    }

    @Test
    void aRevisionWithoutSamplingTermsIsSampledAtLevelTwoAndAqlOne() {
        long id = catalog.create(user("operator"), spec("IT-AQL-0", MAY, "0.20", "0.40"));
        assertThat(catalog.get(user("operator"), id).latest().content().sampling()).isEqualTo(SamplingTerms.of("II", "1.0"));
    }

    @Test
    void aRevisionKeepsItsInspectionLevelAndAqlAndAChangeOfAqlAloneIsANewRevision() {
        var operator = user("operator");
        long id = catalog.create(operator, spec("IT-AQL-1", MAY, "0.20", "0.40"));
        var tighter = withTerms(sleeve("C", "0.20", "0.40"), SamplingTerms.of("S3", "0.65"));
        catalog.revise(operator, id, version(id), new RevisionRequest(SEPTEMBER, "AQL pembeli", tighter));
        var read = catalog.get(operator, id);
        assertThat(read.latest().content().sampling()).isEqualTo(SamplingTerms.of("S3", "0.65"));
        assertThat(read.latest().content().sampling().toString()).isEqualTo("level S-3, AQL 0.65");
        assertThat(read.inForceOn(MAY).orElseThrow().content().sampling()).isEqualTo(SamplingTerms.DEFAULT);
    }

    @Test
    void anAqlOutsideThePreferredSeriesAndAnUnknownLevelAreRefused() {
        var request = new NewSpecification(null, null, "IT-AQL-2", "Sleeve", new RevisionRequest(MAY, "",
                withTerms(sleeve("C", "0.20", "0.40"), SamplingTerms.of("IV", "1.2"))));
        assertThatThrownBy(() -> catalog.create(user("operator"), request)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field()).contains("inspectionLevel", "aql"));
    }

    private NewSpecification spec(String partNumber, LocalDate from, String pMin, String pMax) {
        return new NewSpecification(null, null, partNumber, "Cylinder sleeve uji", new RevisionRequest(from, "", sleeve("C", pMin, pMax)));
    }

    private static RevisionContent sleeve(String revision, String pMin, String pMax) {
        return new RevisionContent("DWG-IT-1", revision, "FC250", null, List.of(
                new Characteristic("Diameter dalam", CharacteristicKind.DIMENSION, "mm", new BigDecimal("75.000"),
                        Limits.of("75.000", "75.030"), true),
                new Characteristic("Kekerasan", CharacteristicKind.HARDNESS, "HB", null, Limits.of("200", "250"), true)),
                List.of(ChemistryLimit.fromDrawing(Element.P, Limits.of(pMin, pMax))));
    }

    private static RevisionContent withTerms(RevisionContent c, SamplingTerms terms) {
        return new RevisionContent(c.drawingReference(), c.drawingRevision(), c.gradeCode(), c.loadClass(), c.characteristics(),
                c.chemistry(), terms);
    }

    private int version(long id) {
        return catalog.get(user("admin"), id).version();
    }

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
