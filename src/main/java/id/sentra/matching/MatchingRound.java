package id.sentra.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.Audited;

/**
 * A business-matching round (temu bisnis): invited buyers and IKM, rooms and time slots, the
 * proposed timetable of one-to-one meetings, and what each meeting led to.
 */
@Table("matching_round")
public class MatchingRound implements Audited {

    private @Id @Nullable Long id;
    private String name;
    private LocalDate heldOn;
    private @Nullable String venue;
    private @Nullable Long cooperativeId;
    private String firstSlot;
    private int slotMinutes;
    private int slotCount;
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;
    @MappedCollection(idColumn = "round_id", keyColumn = "round_key")
    private List<RoundRoom> rooms = new ArrayList<>();
    @MappedCollection(idColumn = "round_id", keyColumn = "round_key")
    private List<RoundBuyer> buyers = new ArrayList<>();
    @MappedCollection(idColumn = "round_id")
    private Set<RoundMember> members = new HashSet<>();
    @MappedCollection(idColumn = "round_id", keyColumn = "round_key")
    private List<Meeting> meetings = new ArrayList<>();

    MatchingRound(String name, LocalDate heldOn, @Nullable String venue, @Nullable Long cooperativeId,
                  String firstSlot, int slotMinutes, int slotCount) {
        this.name = name;
        this.heldOn = heldOn;
        this.venue = venue;
        this.cooperativeId = cooperativeId;
        this.firstSlot = firstSlot;
        this.slotMinutes = slotMinutes;
        this.slotCount = slotCount;
    }

    static MatchingRound plan(RoundPlan plan, @Nullable Long cooperativeId) {
        var round = new MatchingRound(plan.name(), plan.heldOn(), plan.venue(), cooperativeId,
                plan.firstSlot().toString(), plan.slotMinutes(), plan.slotCount());
        round.rooms = new ArrayList<>(plan.rooms().stream().map(RoundRoom::new).toList());
        round.buyers = new ArrayList<>(plan.buyers());
        round.members = new HashSet<>(plan.memberIds().stream().map(RoundMember::new).toList());
        return round;
    }

    /** Replaces the timetable; refused once any meeting has an outcome, since that meeting took place. */
    void schedule(List<Meeting> timetable, int expectedVersion) {
        requireVersion(expectedVersion);
        if (meetings.stream().anyMatch(m -> m.outcome() != null)) {
            throw new IllegalStateException("Round " + id + " has recorded outcomes; its timetable is final");
        }
        meetings = new ArrayList<>(timetable);
    }

    void recordOutcome(int meetingIndex, MeetingOutcome outcome, @Nullable String note, int expectedVersion) {
        requireVersion(expectedVersion);
        if (meetingIndex < 0 || meetingIndex >= meetings.size()) {
            throw new IllegalArgumentException("Round " + id + " has no meeting " + meetingIndex);
        }
        meetings.set(meetingIndex, meetings.get(meetingIndex).withOutcome(outcome, note));
    }

    private void requireVersion(int expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), id == null ? 0 : id);
        }
    }

    public LocalTime slotStart(int slot) {
        return LocalTime.parse(firstSlot).plusMinutes((long) slot * slotMinutes);
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String auditType() {
        return "matchingRound";
    }

    public String name() { return name; }
    public LocalDate heldOn() { return heldOn; }
    public @Nullable String venue() { return venue; }
    public @Nullable Long cooperativeId() { return cooperativeId; }
    public int slotMinutes() { return slotMinutes; }
    public int slotCount() { return slotCount; }
    public int version() { return version; }
    public List<String> rooms() { return rooms.stream().map(RoundRoom::name).toList(); }
    public List<RoundBuyer> buyers() { return List.copyOf(buyers); }
    public Set<Long> memberIds() { return members.stream().map(RoundMember::memberId).collect(java.util.stream.Collectors.toSet()); }
    public List<Meeting> meetings() { return List.copyOf(meetings); }
}
