package id.sentra.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.sentra.SentraIntegrationTest;
import id.sentra.platform.InvalidInputException;
import id.sentra.platform.StaleRecordException;
import id.sentra.platform.security.Accounts;
import id.sentra.platform.security.SentraUser;
import id.sentra.registry.CapabilityCatalog;
import id.sentra.registry.MaterialFamily;

/** A round like January 2017's in Jakarta: buyers meet the cluster's IKM, and what came of it is counted. */
@SentraIntegrationTest
class BusinessMatchingTests {

    @Autowired BusinessMatching matching;
    @Autowired Accounts accounts;
    @Autowired CapabilityCatalog catalog;
    @Autowired JdbcClient jdbc;

    @Test
    void theOperatorsRoundMeetsEveryBuyerWithIkmThatPourWhatItSources() {
        var operator = user("operator");
        long kai = buyerId("PT Kereta Api Indonesia (Persero)");
        long id = matching.organise(operator, plan(operator, List.of(new RoundBuyer(kai, MaterialFamily.HIGH_PHOSPHORUS_IRON),
                new RoundBuyer(buyerId("PT Panasonic Manufacturing Indonesia"), MaterialFamily.GREY_IRON))));

        var view = matching.view(operator, id);

        assertThat(view.meetings()).hasSize(2 * 6);
        var pours = catalog.active(operator.cooperativeId()).stream()
                .collect(Collectors.toMap(c -> c.memberId(), c -> c.materials()));
        assertThat(view.meetings()).filteredOn(l -> l.meeting().buyerId() == kai)
                .allSatisfy(l -> assertThat(pours.get(l.meeting().memberId())).contains(MaterialFamily.HIGH_PHOSPHORUS_IRON));
        assertThat(view.meetings().get(0).startsAt()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void outcomesAreCountedAndFreezeTheTimetable() {
        var operator = user("operator");
        long id = matching.organise(operator, plan(operator, List.of(new RoundBuyer(buyerId("PT Rinnai Indonesia"), MaterialFamily.GREY_IRON))));
        int version = matching.view(operator, id).round().version();

        matching.recordOutcome(operator, id, 0, MeetingOutcome.MOU, "MoU burner kompor", version);

        var view = matching.view(operator, id);
        assertThat(view.tally()).containsEntry(MeetingOutcome.MOU, 1L).containsEntry(MeetingOutcome.CONTRACT, 0L);
        assertThatThrownBy(() -> matching.reschedule(operator, id, view.round().version())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> matching.recordOutcome(operator, id, 1, MeetingOutcome.FOLLOW_UP, null, version))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void aBuyerSeesOnlyItsOwnMeetingsAndTheMinistryReadsWithoutManaging() {
        var operator = user("operator");
        long kai = user("buyer").buyerId();
        long id = matching.organise(operator, plan(operator, List.of(new RoundBuyer(kai, MaterialFamily.HIGH_PHOSPHORUS_IRON),
                new RoundBuyer(buyerId("PT Rinnai Indonesia"), MaterialFamily.GREY_IRON))));

        var forBuyer = matching.view(user("buyer"), id);
        var forMinistry = matching.view(user("ministry"), id);

        assertThat(forBuyer.meetings()).isNotEmpty().allMatch(l -> l.meeting().buyerId() == kai);
        assertThat(forBuyer.manage()).isFalse();
        assertThat(forMinistry.meetings()).hasSize(12);
        assertThatThrownBy(() -> matching.recordOutcome(user("ministry"), id, 0, MeetingOutcome.CONTRACT, null, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.view(user("operator.tegal"), id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRoundWithoutBuyersIsRefusedAndNothingIsSaved() {
        var operator = user("operator");
        long before = jdbc.sql("select count(*) from matching_round").query(Long.class).single();

        assertThatThrownBy(() -> matching.organise(operator, plan(operator, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.messageKey()).contains("round.buyers.required"));
        assertThat(jdbc.sql("select count(*) from matching_round").query(Long.class).single()).isEqualTo(before);
    }

    private RoundPlan plan(SentraUser organiser, List<RoundBuyer> buyers) {
        var members = matching.invitable(organiser).stream().map(c -> c.memberId()).collect(Collectors.toSet());
        return new RoundPlan("Temu Bisnis IKM Logam", LocalDate.of(2027, 1, 26), "Jakarta", LocalTime.of(9, 0), 20, 6,
                List.of("Meja 1", "Meja 2", "Meja 3"), buyers, members);
    }

    private long buyerId(String name) {
        return jdbc.sql("select id from buyer where name = :name").param("name", name).query(Long.class).single();
    }

    private SentraUser user(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
