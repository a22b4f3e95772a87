package id.sentra.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.sentra.platform.StaleRecordException;
import id.sentra.platform.audit.Audited;

/**
 * A member IKM of a cooperative with its capability profile. Never deleted: a member that leaves
 * is deactivated, so its history (work orders, heats, certificates) keeps its owner.
 */
@Table("member")
public class Member implements Audited {

    private @Id @Nullable Long id;
    private final long cooperativeId;
    private String legalName;
    private String nib;
    private String ownerName;
    @Embedded.Nullable
    private Address address;
    @Embedded.Nullable
    private @Nullable GeoPoint location;
    private int workforce;
    private @Nullable Integer foundedYear;
    private boolean active = true;
    private @Version int version;
    private @CreatedDate @Nullable Instant createdAt;
    private @CreatedBy @Nullable String createdBy;
    private @LastModifiedDate @Nullable Instant modifiedAt;
    private @LastModifiedBy @Nullable String modifiedBy;

    @MappedCollection(idColumn = "member_id")
    private Set<MemberProcess> processes = new HashSet<>();
    @MappedCollection(idColumn = "member_id")
    private Set<MemberMaterial> materials = new HashSet<>();
    @MappedCollection(idColumn = "member_id", keyColumn = "member_key")
    private List<Equipment> equipment = new ArrayList<>();
    @MappedCollection(idColumn = "member_id", keyColumn = "member_key")
    private List<Certification> certifications = new ArrayList<>();
    @MappedCollection(idColumn = "member_id", keyColumn = "member_key")
    private List<Capacity> capacities = new ArrayList<>();

    Member(long cooperativeId, String legalName, String nib, String ownerName, Address address, int workforce) {
        this.cooperativeId = cooperativeId;
        this.legalName = legalName;
        this.nib = nib;
        this.ownerName = ownerName;
        this.address = address;
        this.workforce = workforce;
    }

    static Member register(long cooperativeId, MemberDetails details) {
        var member = new Member(cooperativeId, details.legalName(), details.nib(), details.ownerName(),
                details.address(), details.workforce());
        member.apply(details);
        return member;
    }

    /** Replaces the editable details, refusing an edit that started from an older version. */
    void revise(MemberDetails details, int expectedVersion) {
        requireVersion(expectedVersion);
        apply(details);
    }

    void deactivate(int expectedVersion) {
        requireVersion(expectedVersion);
        active = false;
    }

    void reactivate(int expectedVersion) {
        requireVersion(expectedVersion);
        active = true;
    }

    private void requireVersion(int expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleRecordException(auditType(), id == null ? 0 : id);
        }
    }

    private void apply(MemberDetails details) {
        legalName = details.legalName();
        nib = details.nib();
        ownerName = details.ownerName();
        address = details.address();
        location = details.location();
        workforce = details.workforce();
        foundedYear = details.foundedYear();
        processes = details.processes().stream().map(MemberProcess::new).collect(Collectors.toCollection(HashSet::new));
        materials = details.materials().stream().map(MemberMaterial::new).collect(Collectors.toCollection(HashSet::new));
        equipment = new ArrayList<>(details.equipment());
        certifications = new ArrayList<>(details.certifications());
        capacities = new ArrayList<>(details.capacities());
    }

    public MemberDetails details() {
        return new MemberDetails(legalName, nib, ownerName, address, location, workforce, foundedYear,
                processes(), materials(), equipment, certifications, capacities);
    }

    public boolean holdsValid(CertificationKind kind, LocalDate day) {
        return certifications.stream().anyMatch(c -> c.kind() == kind && c.validOn(day));
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String auditType() {
        return "member";
    }

    public long cooperativeId() {
        return cooperativeId;
    }

    public String legalName() {
        return legalName;
    }

    public String nib() {
        return nib;
    }

    public boolean active() {
        return active;
    }

    public int version() {
        return version;
    }

    public @Nullable Instant modifiedAt() {
        return modifiedAt;
    }

    public @Nullable String modifiedBy() {
        return modifiedBy;
    }

    public Set<Process> processes() {
        return processes.stream().map(MemberProcess::process).collect(Collectors.toUnmodifiableSet());
    }

    public Set<MaterialFamily> materials() {
        return materials.stream().map(MemberMaterial::material).collect(Collectors.toUnmodifiableSet());
    }
}
